// Larger arrays: building, summing, sorting numbers, and length growth.
const n = 10000;
const arr = [];
for (let i = 0; i < n; i++) arr.push((i * 7919) % 10007);
let sum = 0;
for (const v of arr) sum += v;
console.log(arr.length, sum, Math.min(...arr.slice(0, 1000)), Math.max(...arr.slice(0, 1000)));
const sorted = arr.slice().sort((a, b) => a - b);
console.log(sorted.slice(0, 5), sorted.slice(-3));
let ok = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ok = false;
console.log("sorted:", ok);
const squares = Array.from({ length: 1000 }, (_, i) => i * i);
console.log(squares.filter((x) => x % 7 === 0).length, squares.reduce((a, b) => a + b, 0));
const grow = [];
grow[4999] = 1;
console.log(grow.length, grow.filter(() => true).length);
