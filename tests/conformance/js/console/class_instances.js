// Class instances show the class name; null-prototype objects; accessors; private fields hidden.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class WithAccessor { get computed() { return 1; } }
class Private { #secret = 1; visible = 2; }
console.log(new Point(1, 2), new Empty(), new WithAccessor(), new Private());
console.log([new Point(0, 0)], { p: new Point(3, 4) });
const bare = Object.create(null);
bare.k = "v";
console.log(bare, Object.create(null));
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
class Base {}
class Derived extends Base { constructor() { super(); this.d = true; } }
console.log(new Derived());
function Legacy() { this.legacy = 1; }
console.log(new Legacy());
