// Labeled break and continue across nested loops and blocks.
const found = [];
outer: for (let i = 0; i < 5; i++) {
  inner: for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    if ((i + j) % 2) continue inner;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(" "));
block: {
  console.log("in block");
  if (found.length) break block;
  console.log("never");
}
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 4) break loop;
  } while (n % 2);
}
console.log(n);
