// Direct eval sees the caller's scope; indirect eval (0, eval) runs in global scope.
// (A program is a CommonJS module, so a top-level var is module-local: set the global explicitly.)
globalThis.globalName = "global";
function test() {
  const globalName = "local";
  const direct = eval("globalName");
  const indirect = (0, eval)("globalName");
  const aliased = globalThis.eval("typeof globalName");
  return [direct, indirect, aliased];
}
console.log(test());
function declares() {
  eval("var created = 'by eval'");
  return typeof created === "string" ? created : "not visible";
}
console.log(declares(), typeof created);
(0, eval)("var madeGlobal = 'indirect var'");
console.log(globalThis.madeGlobal);
function strictDeclares() {
  "use strict";
  eval("var hidden = 1");
  return typeof hidden;
}
console.log(strictDeclares());
console.log(eval("1 + 2; 'last value'"), eval("if (true) { 5 } else { 6 }"), eval(42), eval("({a: 1})").a, eval(""));
let counter = 0;
eval("counter += 10");
console.log(counter);
try { eval("let x = ;"); } catch (e) { console.log(e.name); }
try { eval("throw new RangeError('from eval')"); } catch (e) { console.log(e.name, e.message); }
