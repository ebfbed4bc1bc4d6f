// Setters found on the prototype chain intercept assignment; data properties shadow.
class Model {
  constructor() { this.changes = []; }
  set title(v) { this.changes.push(v); }
  get title() { return this.changes[this.changes.length - 1]; }
}
const m = new Model();
m.title = "first";
m.title = "second";
console.log(m.title, m.changes, Object.keys(m));
const proto = { set only(v) { this._only = v; } };
const child = Object.create(proto);
child.only = 5;
console.log(child._only, child.only, Object.keys(child));
const frozenProto = Object.freeze({ locked: 1 });
const heir = Object.create(frozenProto);
heir.locked = 2;
console.log(heir.locked, Object.keys(heir));
Object.defineProperty(heir, "locked", { value: 3, enumerable: true });
console.log(heir.locked);
