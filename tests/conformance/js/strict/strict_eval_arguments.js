"use strict";
// Strict mode restrictions on eval and arguments, and errors for writes to read-only globals.
function attempt(label, src) {
  try { (0, eval)('"use strict";' + src); console.log(label, "ok"); } catch (e) { console.log(label, e.name); }
}
attempt("assign to eval", "eval = 1;");
attempt("assign to arguments", "function f() { arguments = []; }");
attempt("delete identifier", "var v; delete v;");
attempt("octal escape in string", "'\\07'");
attempt("reserved word let as name", "var let = 1;");
attempt("implements as name", "var implements = 1;");
attempt("normal code", "var fine = 1 + 1;");
try { undefined = 1; } catch (e) { console.log("assign undefined:", e.name); }
try { Infinity = 0; } catch (e) { console.log("assign Infinity:", e.name); }
const fn = function () { return typeof this; };
console.log(fn(), fn.call("s"), [0].map(fn)[0], Reflect.apply(fn, 1, []));
