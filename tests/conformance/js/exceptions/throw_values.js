// Any value can be thrown; catch receives it unchanged.
const thrown = [42, "a string", null, undefined, { code: 1 }, [1, 2], Symbol.for("s"), new Error("real")];
for (const v of thrown) {
  try { throw v; } catch (e) {
    console.log(typeof e, e === v, e instanceof Error, typeof e === "symbol" ? e.toString() : String(e));
  }
}
function risky(n) { if (n > 2) throw new RangeError(`n too big: ${n}`); return n; }
const results = [1, 2, 3].map((n) => { try { return risky(n); } catch (e) { return `${e.name}(${e.message})`; } });
console.log(results);
