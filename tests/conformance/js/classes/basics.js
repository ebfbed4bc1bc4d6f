// Class declarations: constructor, methods on the prototype, non-enumerable methods, strict body.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), p.x, p.y, typeof Point, Object.keys(p));
console.log(Object.getOwnPropertyNames(Point.prototype), Object.keys(Point.prototype));
console.log(p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype);
try { Point(1, 2); } catch (e) { console.log(e.name, e.message); }
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who());
class Strict { test() { return (function () { return this; })(); } }
console.log(new Strict().test());
try { new Point2(); } catch (e) { console.log(e.name); }
class Point2 {}
