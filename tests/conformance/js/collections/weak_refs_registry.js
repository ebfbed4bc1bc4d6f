// WeakRef / FinalizationRegistry / WeakMap / WeakSet while their targets live (node cannot force
// a collection without --expose-gc; death is checked by tests/unit/js_std/weak_refs_test.cpp).
const k = {};
const wm = new WeakMap();
wm.set(k, 1);
console.log(wm.has(k), wm.get(k));
const ws = new WeakSet([k]);
console.log(ws.has(k), ws.delete(k), ws.has(k));
const wr = new WeakRef(k);
console.log(wr.deref() === k, Object.prototype.toString.call(wr));
// A target made in this job is kept until the job ends, even if only the WeakRef holds it.
const fresh = new WeakRef({ a: 1 });
for (let i = 0; i < 2000; i++) wm.set({}, { i });
console.log(fresh.deref());
const fr = new FinalizationRegistry((h) => console.log('cleanup', h));
const token = {};
fr.register(k, 'held', token);
fr.register(k, 'held2');
console.log(fr.unregister(token), fr.unregister(token));
for (const [args, what] of [[[1, 2], 'number target'], [[k, k], 'same'], [[k, 1, 5], 'bad token']]) {
  try {
    fr.register(...args);
  } catch (e) {
    console.log(what, e.constructor.name, e.message);
  }
}
try { fr.unregister(1); } catch (e) { console.log(e.constructor.name, e.message); }
const sym = Symbol('local');
wm.set(sym, 'symbol value');
console.log(wm.get(sym), new WeakRef(sym).deref() === sym);
try { wm.set(Symbol.for('registered'), 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(wm.has(k), Object.prototype.toString.call(fr));
setTimeout(() => console.log('timer', wr.deref() === k), 0);
