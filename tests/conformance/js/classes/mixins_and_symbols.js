// Class expressions as mixins, computed method names, Symbol.iterator on a class.
const Serializable = (Base) => class extends Base { serialize() { return JSON.stringify(this); } };
const Eq = (Base) => class extends Base { equals(o) { return this.serialize() === o.serialize(); } };
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class SmartPoint extends Eq(Serializable(Point)) {}
const a = new SmartPoint(1, 2);
console.log(a.serialize(), a.equals(new SmartPoint(1, 2)), a.equals(new SmartPoint(2, 1)));
const methodName = "dyn" + "amic";
class Range {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i; }
  [methodName]() { return "computed"; }
}
console.log([...new Range(4)], new Range(0).dynamic());
