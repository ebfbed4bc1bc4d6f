// get/set accessors on classes and object literals, including validation and inheritance.
class Temperature {
  #celsius = 0;
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  get celsius() { return this.#celsius; }
  set celsius(c) {
    if (typeof c !== "number") throw new TypeError("celsius must be a number");
    this.#celsius = c;
  }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit);
try { t.celsius = "hot"; } catch (e) { console.log(e.name, e.message); }
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, "celsius");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
class ReadOnly { get value() { return 1; } }
const r = new ReadOnly();
r.value = 5;
console.log(r.value);
class Derived extends Temperature { get celsius() { return "overridden " + super.celsius; } }
const d = new Derived();
console.log(d.celsius, d.fahrenheit);
const lit = { _v: 1, get v() { return this._v * 10; }, set v(x) { this._v = x; } };
lit.v = 4;
console.log(lit.v, JSON.stringify(lit));
