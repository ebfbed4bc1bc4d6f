// < > <= >= on mixed types: strings compare by code units, others by number.
console.log("a" < "b", "B" < "a", "10" < "9", "10" < 9, "abc" < "ab", "" < "a");
console.log(undefined < 1, undefined > 1, null < 1, NaN <= NaN, NaN >= 0);
console.log([2] > 1, [1, 2] > 1, ({}) < ({}), ({}) <= ({}), ({}) >= ({}));
console.log(1 <= "1", "x" >= "x", true > false, "\u00e9" > "z", "Z" < "a");
const order = [];
const a = { valueOf() { order.push("a"); return 1; } };
const b = { valueOf() { order.push("b"); return 2; } };
console.log(a < b, b > a, order.join(""));
console.log(Infinity > 1e308, -Infinity < -1e308, 1n < 2, 2 > 1n);
