// try/catch/finally ordering; finally's return or throw overrides the pending completion.
const log = [];
function order() {
  try { log.push("try"); throw new Error("e"); }
  catch (e) { log.push("catch"); return "from catch"; }
  finally { log.push("finally"); }
}
console.log(order(), log.join(" > "));
function overrideReturn() { try { return "try"; } finally { return "finally"; } }
function overrideThrow() { try { throw new Error("lost"); } finally { return "finally wins"; } }
function finallyThrows() { try { return "try"; } finally { throw new Error("from finally"); } }
function finallyNoReturn() { let x = 1; try { return x; } finally { x = 2; } }
console.log(overrideReturn(), overrideThrow(), finallyNoReturn());
try { finallyThrows(); } catch (e) { console.log(e.message); }
function nested() {
  const steps = [];
  try {
    try { throw new Error("inner"); }
    finally { steps.push("inner finally"); }
  } catch (e) { steps.push("outer catch " + e.message); }
  finally { steps.push("outer finally"); }
  return steps.join(", ");
}
console.log(nested());
function rethrow() {
  try { try { throw new TypeError("first"); } catch (e) { throw new RangeError("second", { cause: e }); } }
  catch (e) { return `${e.name}: ${e.message} (cause ${e.cause.name}: ${e.cause.message})`; }
}
console.log(rethrow());
