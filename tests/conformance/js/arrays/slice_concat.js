// slice copies a range (negative indices count from the end); concat spreads arrays one level.
const a = [0, 1, 2, 3, 4];
console.log(a.slice(), a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1), a.slice(3, 1), a.slice(10));
console.log(JSON.stringify(a.concat(5, [6, 7], [[8]])), a);
console.log([].concat(1, "x", null, { length: 1, 0: "array-like" }));
const spreadable = { length: 2, 0: "s0", 1: "s1", [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable));
console.log(Array.prototype.slice.call("abc", 1), Array.prototype.slice.call({ length: 3, 1: "one" }));
const copy = a.slice();
copy[0] = 99;
console.log(a[0], copy[0]);
