// Global var/function become globalThis properties; let/const do not (script semantics differ
// from module scope, so this program only checks what is the same under both).
let topLet = "let";
const topConst = "const";
console.log(globalThis.topLet, globalThis.topConst);
globalThis.viaGlobal = 42;
console.log(viaGlobal, typeof globalThis, globalThis === globalThis.globalThis);
function setImplicit() { implicitGlobal = "created"; }
setImplicit();
console.log(implicitGlobal, "implicitGlobal" in globalThis);
console.log(typeof globalThis.Array, typeof globalThis.console, globalThis.undefined, globalThis.NaN);
try { undefinedEverywhere; } catch (e) { console.log(e.name, e.message); }
