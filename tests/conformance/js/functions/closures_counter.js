// Closures capture variables, not values; each call gets a fresh environment.
function makeCounter(start) {
  let count = start;
  return { inc: () => ++count, dec: () => --count, get: () => count };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.get(), b.get());
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));
const fns2 = [];
for (var j = 0; j < 3; j++) fns2.push(((k) => () => k)(j));
console.log(fns2.map((f) => f()).join(","));
function adder(x) { return function (y) { return function (z) { return x + y + z; }; }; }
console.log(adder(1)(2)(3));
let shared = "before";
const read = () => shared;
shared = "after";
console.log(read());
function memo(fn) {
  const cache = new Map();
  return (n) => { if (!cache.has(n)) cache.set(n, fn(n)); return cache.get(n); };
}
const fib = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(90));
