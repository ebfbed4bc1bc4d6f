// A loop variable and array elements change type mid-loop: int -> double -> string -> object.
let x = 0;
const trace = [];
for (let i = 0; i < 40; i++) {
  if (i === 10) x = x + 0.5;
  else if (i === 20) x = String(x);
  else if (i === 30) x = { valueOf: () => 100 };
  else x = x + 1;
  if (i % 10 === 9) trace.push(typeof x + ":" + String(x));
}
console.log(trace.join(" | "), typeof x, String(x));
const arr = [1, 2, 3];
let sum = 0;
for (let i = 0; i < 30; i++) {
  if (i === 10) arr.push(1.5);
  if (i === 20) arr.push("7");
  sum = 0;
  for (const v of arr) sum += v;
}
console.log(sum, typeof sum);
function add(a, b) { return a + b; }
const results = [];
const inputs = [[1, 2], [1.5, 2], ["a", 1], [[1], [2]], [true, null], [1n, 2n], [{}, ""]];
for (let round = 0; round < 3; round++) for (const [a, b] of inputs) results.push(add(a, b));
console.log(results.slice(0, inputs.length));
