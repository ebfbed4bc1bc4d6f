// extends, super() calls, super.method(), overriding and the prototype chain.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Square extends Shape {
  constructor(s) { super("square"); this.s = s; }
  area() { return this.s ** 2; }
  describe() { return "[" + super.describe() + "]"; }
}
for (const s of [new Circle(1), new Square(3), new Shape("blob")]) console.log(s.describe());
console.log(Object.getPrototypeOf(Circle) === Shape, Object.getPrototypeOf(Circle.prototype) === Shape.prototype);
class NoSuper extends Shape { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.name); }
class ThisBeforeSuper extends Shape { constructor() { this.x = 1; super("x"); } }
try { new ThisBeforeSuper(); } catch (e) { console.log(e.name); }
class Implicit extends Shape {}
console.log(new Implicit("implicit").name);
class ReturnsObject extends Shape { constructor() { super("r"); return { replaced: true }; } }
console.log(new ReturnsObject());
class Three extends Square { constructor() { super(2); } area() { return super.area() + 1; } }
console.log(new Three().describe(), new Three() instanceof Shape);
