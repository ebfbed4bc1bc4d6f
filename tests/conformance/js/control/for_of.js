// for-of over arrays, strings (code points), Maps, Sets, arguments and custom iterables.
for (const v of [1, , 3]) console.log("array", v);
for (const ch of "a😀b") console.log("char", ch, ch.length);
for (const [k, v] of new Map([["x", 1], ["y", 2]])) console.log("map", k, v);
for (const v of new Set([3, 1, 3, 2])) console.log("set", v);
(function () { for (const a of arguments) console.log("arg", a); })("p", "q");
const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let cur = this.from;
    const last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
console.log([...range].join(","));
let closed = false;
const closable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: false }), return() { closed = true; return { done: true }; } };
  },
};
for (const v of closable) if (v === 2) break;
console.log("return called on break:", closed);
const arr = [1, 2];
for (const v of arr) { if (arr.length < 5) arr.push(v * 10); }
console.log(arr);
try { for (const v of 5) console.log(v); } catch (e) { console.log(e.name); }
