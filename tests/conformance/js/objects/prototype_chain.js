// Object.create, getPrototypeOf/setPrototypeOf, __proto__ in literals, null-prototype objects.
const animal = { speak() { return `${this.name} makes a sound`; }, legs: 4 };
const dog = Object.create(animal, { name: { value: "Rex", enumerable: true } });
dog.bark = () => "woof";
console.log(dog.speak(), dog.legs, Object.keys(dog), Object.getPrototypeOf(dog) === animal);
const bird = { __proto__: animal, name: "Tweety", legs: 2 };
console.log(bird.speak(), bird.legs, animal.isPrototypeOf(bird), Object.hasOwn(bird, "speak"));
const bare = Object.create(null);
bare.key = "v";
console.log(typeof bare.toString, Object.keys(bare), "toString" in bare, Object.getPrototypeOf(bare));
const swapped = { name: "x" };
Object.setPrototypeOf(swapped, animal);
console.log(swapped.speak());
try { Object.setPrototypeOf(animal, dog); } catch (e) { console.log(e.name); }
const chain = [];
let cur = [];
while (cur) { chain.push(cur.constructor ? cur.constructor.name : "null-proto"); cur = Object.getPrototypeOf(cur); }
console.log(chain.join(" -> "));
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
console.log(new Legacy(9).get(), Object.getPrototypeOf(new Legacy(1)) === Legacy.prototype);
