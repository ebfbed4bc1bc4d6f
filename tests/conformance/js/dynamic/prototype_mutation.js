// Changing prototypes and methods while a call site is hot must be seen immediately.
class Animal { speak() { return "..."; } }
class Dog extends Animal { speak() { return "woof"; } }
const d = new Dog();
const log = [];
for (let i = 0; i < 30; i++) {
  log.push(d.speak());
  if (i === 10) Dog.prototype.speak = function () { return "WOOF"; };
  if (i === 20) delete Dog.prototype.speak;
}
console.log([...new Set(log)].join(" -> "), log.length);
const base = { greet() { return "base"; } };
const obj = Object.create(base);
const greetings = [];
for (let i = 0; i < 20; i++) {
  greetings.push(obj.greet());
  if (i === 5) base.greet = () => "patched base";
  if (i === 10) Object.setPrototypeOf(obj, { greet: () => "new proto" });
  if (i === 15) obj.greet = () => "own";
}
console.log([...new Set(greetings)].join(" -> "));
Array.prototype.sumAll = function () { return this.reduce((a, b) => a + b, 0); };
let total = 0;
for (let i = 0; i < 10; i++) total += [i, i].sumAll();
delete Array.prototype.sumAll;
console.log(total, typeof [].sumAll);
