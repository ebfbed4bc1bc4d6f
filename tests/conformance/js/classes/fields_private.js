// Public and private instance fields, private methods, #x in obj, initialization order.
const order = [];
class Base { constructor() { order.push("base ctor"); } }
class Widget extends Base {
  id = (order.push("field id"), 7);
  #count = 0;
  label = `widget-${this.id}`;
  constructor() { super(); order.push("derived ctor"); }
  #bump() { return ++this.#count; }
  click() { this.#bump(); return this.#count; }
  static isWidget(o) { return #count in o; }
  peek(other) { return other.#count; }
}
const w = new Widget();
w.click(); w.click();
console.log(order.join(" > "));
console.log(w.id, w.label, w.click(), Object.keys(w), JSON.stringify(w));
console.log(Widget.isWidget(w), Widget.isWidget({}));
try { w.peek({}); } catch (e) { console.log(e.name); }
class Arrowy { name = "arrowy"; greet = () => this.name; }
const { greet } = new Arrowy();
console.log(greet());
