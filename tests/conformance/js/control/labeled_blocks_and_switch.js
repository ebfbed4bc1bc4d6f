// break out of a switch inside a loop vs continuing the loop; labels on plain statements.
const out = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: out.push("zero"); continue;
    case 1: out.push("one"); break;
    default: out.push("other");
  }
  out.push("after switch " + i);
}
console.log(out.join(" | "));
let attempts = 0;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    attempts++;
    switch (v) {
      case 4: break search;
      case 2: continue search;
    }
  }
}
console.log("attempts", attempts);
outer: { inner: { break outer; } console.log("skipped"); }
console.log("done");
