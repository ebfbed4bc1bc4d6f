// Common handling patterns: retry, wrap with cause, result objects, error filtering by type.
let attempts = 0;
function flaky() { attempts++; if (attempts < 3) throw new Error(`attempt ${attempts} failed`); return "success"; }
function retry(fn, times) {
  let lastError;
  for (let i = 0; i < times; i++) { try { return fn(); } catch (e) { lastError = e; console.log("retrying after:", e.message); } }
  throw lastError;
}
console.log(retry(flaky, 5), attempts);
const safe = (fn) => { try { return { ok: true, value: fn() }; } catch (error) { return { ok: false, error: error.message }; } };
console.log(safe(() => JSON.parse('{"a":1}')), safe(() => JSON.parse("nope")).ok);
function parseConfig(text) {
  try { return JSON.parse(text); } catch (e) { throw new Error("config invalid", { cause: e }); }
}
try { parseConfig("{bad"); } catch (e) { console.log(e.message, e.cause instanceof SyntaxError); }
try {
  try { null.x; } catch (e) { if (!(e instanceof RangeError)) throw e; console.log("never"); }
} catch (e) { console.log("outer got", e.constructor.name); }
