// Array methods are generic: they work on array-likes through call.
const arrayLike = { length: 3, 0: "a", 1: "b", 2: "c" };
console.log(Array.prototype.map.call(arrayLike, (s) => s.toUpperCase()));
console.log(Array.prototype.join.call(arrayLike, "+"), Array.prototype.indexOf.call(arrayLike, "b"));
console.log(Array.prototype.filter.call("hello", (c) => c !== "l"));
console.log(Array.prototype.reduce.call("abc", (acc, c) => c + acc, ""));
const counter = { length: 0 };
Array.prototype.push.call(counter, "first", "second");
console.log(counter);
console.log(Array.prototype.every.call({ length: 2, 0: 1, 1: 2 }, (x) => x > 0));
