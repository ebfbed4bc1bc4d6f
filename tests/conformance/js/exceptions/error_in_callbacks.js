// Exceptions propagate through callbacks, iterators and getters, unwinding the right frames.
function process(items, fn) {
  const out = [];
  for (const item of items) out.push(fn(item));
  return out;
}
try {
  process([1, 2, 0, 4], (x) => { if (x === 0) throw new Error("zero!"); return 10 / x; });
} catch (e) { console.log("caught:", e.message); }
const obj = { get boom() { throw new Error("getter threw"); } };
try { const { boom } = obj; } catch (e) { console.log(e.message); }
try { [3, 1, 2].sort(() => { throw new Error("comparator threw"); }); } catch (e) { console.log(e.message); }
try { JSON.parse("[1]", () => { throw new Error("reviver threw"); }); } catch (e) { console.log(e.message); }
try { "abc".replace(/b/, () => { throw new Error("replacer threw"); }); } catch (e) { console.log(e.message); }
const depth = [];
function level(n) { try { if (n === 3) throw new Error("deep"); level(n + 1); } finally { depth.push(n); } }
try { level(0); } catch (e) { console.log(e.message, depth.join(",")); }
