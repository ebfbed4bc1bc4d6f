// Generators as object and class methods, and generator objects' prototypes.
const obj = { *items() { yield* [1, 2, 3]; } };
class Tree {
  constructor(...vals) { this.vals = vals; }
  *[Symbol.iterator]() { for (const v of this.vals) yield v * 10; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
console.log([...obj.items()], [...new Tree(1, 2)], [...Tree.range(3)]);
const g = obj.items();
console.log(g instanceof obj.items, Object.getPrototypeOf(g) === obj.items.prototype);
const entries = Object.entries({ a: 1, b: 2 });
function* withIndex(list) { let i = 0; for (const item of list) yield [i++, item]; }
for (const [i, [k, v]] of withIndex(entries)) console.log(i, k, v);
