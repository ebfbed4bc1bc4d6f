// Rest parameters collect an Array; spread expands any iterable into calls and literals.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1, 2, 3), sum(...[4, 5], 6, ...new Set([7])));
function first(head, ...tail) { return { head, tail, isArray: Array.isArray(tail) }; }
console.log(first(1), first(1, 2, 3));
console.log(Math.max(...[3, 9, 2]), Math.max(...[]), [..."héllo"].length);
const merged = [0, ...[1, 2], ...new Map([[3, 4]]).keys(), ..."ab"];
console.log(merged);
const objA = { a: 1, b: 2 };
const objB = { ...objA, b: 3, c: 4, ...null, ...undefined, ..."xy" };
console.log(objB);
function* gen() { yield 1; yield 2; }
console.log([...gen(), ...gen()]);
const args = [2020, 0, 15];
console.log(new Date(Date.UTC(...args)).toISOString());
