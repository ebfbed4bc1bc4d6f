// super() and super.x where the spec allows them beyond plain methods: inside arrows of a
// derived constructor, in class field initialisers, static blocks and private methods.
class A {
  constructor(v) { this.v = v; }
  m() { return "A.m"; }
  static s() { return "A.s"; }
}
class B extends A {
  constructor() {
    const init = (v) => super(v);
    init(7);
    this.after = this.v + 1;
  }
  m() { const g = () => super.m(); return g() + "+B"; }
}
console.log(new B(), new B().m());
class Twice extends A {
  constructor() { const f = () => super(1); f(); try { f(); } catch (e) { console.log(e.constructor.name, e.message); } }
}
new Twice();
class Never extends A { constructor() { const f = () => super(1); if (false) f(); } }
try { new Never(); } catch (e) { console.log(e.constructor.name, e.message); }
class ReturnsEarly extends A { constructor() { const f = () => super(2); f(); return; } }
console.log(new ReturnsEarly());
class C extends A {
  field = super.m();
  static sfield = super.s();
  static { this.fromBlock = super.s() + "!"; }
  #p() { return super.m() + "#p"; }
  static #sp() { return super.s() + "#sp"; }
  q() { return this.#p(); }
  static sq() { return C.#sp(); }
}
console.log(new C(1).field, C.sfield, C.fromBlock, new C(1).q(), C.sq());
class D extends A { arrowField = () => super.m(); }
console.log(new D(3).arrowField());
