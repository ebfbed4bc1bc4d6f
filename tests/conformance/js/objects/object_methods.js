// Object.keys/values/entries/fromEntries/assign/hasOwn/is/groupBy-free utilities.
const src = { a: 1, b: { deep: true } };
const copy = Object.assign({}, src, { c: 3 }, null, "xy");
console.log(copy, copy.b === src.b);
console.log(Object.values(src), Object.entries({ x: 1, y: [2] }));
console.log(Object.fromEntries([["k", 1], ["k2", 2]]), Object.fromEntries(new Map([[1, "one"]])));
const doubled = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k, v * 2]));
console.log(doubled);
console.log(Object.hasOwn(src, "a"), Object.hasOwn(src, "toString"), src.hasOwnProperty("b"));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"));
console.log(Object.keys([4, 5]), Object.values("hi"), Object.entries([7]));
const target = { set x(v) { console.log("setter called with", v); } };
Object.assign(target, { x: 42 });
const withSym = Object.assign({}, { [Symbol.for("s")]: 1, plain: 2 });
console.log(Object.getOwnPropertySymbols(withSym).length, Object.keys(withSym));
console.log(Object.getOwnPropertyNames(Object.prototype).includes("hasOwnProperty"));
