// Unbounded recursion raises a catchable RangeError, and the program continues normally after it.
function forever(n) { return forever(n + 1) + 1; }
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name + ": " + e.message);
}
const deepObject = {};
let cur = deepObject;
for (let i = 0; i < 100; i++) { cur.next = {}; cur = cur.next; }
console.log(JSON.stringify(deepObject).length);
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
let depth = 0;
function probe() { depth++; probe(); }
try { probe(); } catch (e) { console.log(e.name, depth > 1000); }
