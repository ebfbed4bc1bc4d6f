// do-while runs once before testing; continue goes to the test.
let i = 0;
const seen = [];
do {
  i++;
  if (i === 2) continue;
  seen.push(i);
} while (i < 5);
console.log(seen.join(","));
let runs = 0;
do runs++; while (runs < 0);
console.log(runs);
function collatz(n) {
  let steps = 0;
  do {
    n = n % 2 ? 3 * n + 1 : n / 2;
    steps++;
  } while (n !== 1);
  return steps;
}
console.log([6, 7, 27, 97].map(collatz).join(" "));
