// new.target tells how a function or constructor was invoked; abstract-class pattern.
function Plain() { return new.target === Plain ? "with new" : "without new"; }
console.log(new Plain() instanceof Plain, Plain());
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError("Abstract cannot be instantiated");
    this.kind = new.target.name;
  }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete().kind);
function Flexible(v) {
  if (!new.target) return new Flexible(v);
  this.v = v;
}
console.log(Flexible(3).v, new Flexible(4).v);
