"use strict";
// Strict mode: undefined this, no implicit globals, throwing writes, no duplicate params.
function whatIsThis() { return this; }
console.log(whatIsThis(), typeof whatIsThis.call(7), whatIsThis.call(null));
try { undeclaredVariable = 1; } catch (e) { console.log("undeclared:", e.name); }
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log("frozen write:", e.name); }
try { frozen.b = 2; } catch (e) { console.log("frozen add:", e.name); }
const getterOnly = { get x() { return 1; } };
try { getterOnly.x = 2; } catch (e) { console.log("getter-only write:", e.name); }
try { delete Object.prototype; } catch (e) { console.log("delete non-configurable:", e.name); }
try { "str".length = 1; } catch (e) { console.log("primitive write:", e.name); }
try { eval("function dup(a, a) {}"); } catch (e) { console.log("duplicate params:", e.name); }
try { eval("with ({}) {}"); } catch (e) { console.log("with:", e.name); }
try { eval("var x = 010;"); } catch (e) { console.log("legacy octal:", e.name); }
try { NaN = 1; } catch (e) { console.log("assign NaN:", e.name); }
function args(a) { a = 2; return arguments[0]; }
console.log("arguments unmapped:", args(1));
try { args.caller; } catch (e) { console.log("caller:", e.name); }
