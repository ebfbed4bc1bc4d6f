// Hand-written iterators: next/return, iterator closing on destructuring and spread.
function makeIter(label, n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? { value: `${label}${i++}`, done: false } : { value: undefined, done: true }; },
    return() { console.log(`${label} closed at ${i}`); return { done: true }; },
  };
}
const [a, b] = makeIter("d", 5);
console.log(a, b);
const [...all] = makeIter("s", 3);
console.log(all);
for (const v of makeIter("f", 5)) { if (v === "f1") break; }
try { for (const v of makeIter("t", 5)) throw new Error("stop"); } catch (e) { console.log("thrown:", e.message); }
const noReturn = { [Symbol.iterator]: () => ({ next: () => ({ value: 1, done: false }) }) };
const [x] = noReturn;
console.log(x);
