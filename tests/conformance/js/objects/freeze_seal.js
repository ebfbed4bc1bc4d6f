// freeze, seal and preventExtensions: sloppy mode silently ignores, strict mode throws.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 100;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 20;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
sealed.y = 3;
delete sealed.x;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed), Object.isExtensible(sealed));
const closed = Object.preventExtensions({ p: 1 });
closed.q = 2;
delete closed.p;
console.log(closed, Object.isExtensible(closed), Object.isSealed(closed));
function strictWrites() {
  "use strict";
  const results = [];
  for (const [label, fn] of [["assign", () => { frozen.a = 1; }], ["add", () => { sealed.z = 1; }],
    ["delete", () => { delete sealed.x; }], ["extend", () => { closed.r = 1; }]]) {
    try { fn(); results.push(label + ":ok"); } catch (e) { results.push(label + ":" + e.name); }
  }
  return results.join(" ");
}
console.log(strictWrites());
console.log(Object.isFrozen(1), Object.isFrozen(Object.freeze([])), Object.isFrozen({}));
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log("push on frozen array:", e.name); }
