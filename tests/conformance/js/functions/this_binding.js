// this: method call, plain call (sloppy -> globalThis, strict -> undefined), new, arrows, callbacks.
function sloppyThis() { return this === globalThis; }
function strictThis() { "use strict"; return this; }
const obj = {
  name: "obj",
  method() { return this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0] === globalThis; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
  delayed() { const self = this; return function () { return self.name; }; },
};
console.log(sloppyThis(), strictThis(), obj.method(), obj.arrow(), obj.nested(), obj.nestedArrow());
const detached = obj.method;
try { console.log(detached()); } catch (e) { console.log("detached:", e.name); }
console.log(obj.delayed()());
console.log((obj.method)(), (0, obj.method)() === undefined);
const other = { name: "other", method: obj.method };
console.log(other.method(), obj["method"]());
function Ctor() { this.made = true; }
console.log(new Ctor().made);
console.log([1, 2].map(function () { return this.k; }, { k: "thisArg" }));
function strictPrimitive() { "use strict"; return typeof this; }
function sloppyPrimitive() { return typeof this; }
console.log(strictPrimitive.call(5), sloppyPrimitive.call(5), strictThis.call(null), sloppyPrimitive.call(null));
