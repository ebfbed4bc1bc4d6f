// in checks the prototype chain; instanceof walks prototypes or uses Symbol.hasInstance.
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = 2;
console.log("own" in obj, "inherited" in obj, "toString" in obj, "nope" in obj, 0 in [5], 1 in [5]);
console.log("length" in [], Symbol.iterator in [], 2 in { 2: "x" }, "2" in ["a", "b", "c"]);
try {
  "x" in "string";
} catch (e) {
  console.log(e.name);
}
class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, d instanceof Array);
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
function Legacy() {}
const l = new Legacy();
Legacy.prototype = {};
console.log(l instanceof Legacy);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
try {
  ({}) instanceof 5;
} catch (e) {
  console.log(e.name);
}
