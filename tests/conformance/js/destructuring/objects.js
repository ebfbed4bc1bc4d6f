// Object destructuring: renaming, defaults, nested, computed keys, rest (own enumerable only).
const person = { name: "Kim", age: 30, address: { city: "Rome", zip: "00100" }, tags: ["x", "y"] };
const { name, age: years, missing = "dflt", address: { city }, tags: [firstTag] } = person;
console.log(name, years, missing, city, firstTag);
const key = "age";
const { [key]: computed, ...others } = person;
console.log(computed, Object.keys(others));
let a, b;
({ a, b = 2 } = { a: 1 });
console.log(a, b);
const { length } = "hello";
const { toFixed } = 5;
console.log(length, typeof toFixed);
const proto = { inherited: 1 };
const obj = Object.create(proto, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } });
const { inherited, ...restOwn } = obj;
console.log(inherited, restOwn);
try { const { x } = undefined; } catch (e) { console.log(e.name); }
const { x: { y = "deep default" } = {} } = {};
console.log(y);
