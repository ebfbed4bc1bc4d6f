// A "use strict" directive applies to its function only; classes are always strict.
function sloppy() { return this === globalThis; }
function strict() { "use strict"; return this === undefined; }
function mixed() {
  "use strict";
  return (function () { return this; })();
}
console.log(sloppy(), strict(), mixed());
class C { m() { try { leaked = 1; return "no error"; } catch (e) { return e.name; } } }
console.log(new C().m(), typeof leaked);
function notADirective() { 1; "use strict"; return this === globalThis; }
console.log(notADirective());
function sloppyAssign() { implicitGlobal = "created"; return typeof globalThis.implicitGlobal; }
console.log(sloppyAssign());
