// call, apply, bind: this, partial application, bound constructors, name and length.
function describe(greeting, punct) { return `${greeting}, ${this.name}${punct}`; }
const p = { name: "Pat" };
console.log(describe.call(p, "Hi", "!"), describe.apply(p, ["Yo", "?"]), describe.apply(p));
const bound = describe.bind(p, "Hey");
console.log(bound("."), bound.name, bound.length, describe.length);
const rebound = bound.bind({ name: "ignored" }, "...");
console.log(rebound());
function Point(x, y) { this.x = x; this.y = y; }
const YAxis = Point.bind(null, 0);
const pt = new YAxis(5);
console.log(pt, pt instanceof Point, pt instanceof YAxis);
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.join.call("abc", "-"));
const slice = Function.prototype.call.bind(Array.prototype.slice);
console.log(slice([1, 2, 3], 1));
console.log(typeof Function.prototype.bind.call(describe, null), describe.bind().name);
const arrow = () => this;
console.log(arrow.call({ x: 1 }) === arrow());
