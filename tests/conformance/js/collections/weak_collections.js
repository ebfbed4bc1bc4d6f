// WeakMap/WeakSet accept only objects (and non-registered symbols) as keys; no iteration or size.
const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
wm.set(k1, "object key").set(k2, "function key");
console.log(wm.get(k1), wm.get(k2), wm.has({}), wm.delete(k1), wm.has(k1));
try { wm.set("str", 1); } catch (e) { console.log(e.name); }
try { wm.set(1, 1); } catch (e) { console.log(e.name); }
console.log(typeof wm.size, typeof wm.forEach, typeof wm[Symbol.iterator]);
const ws = new WeakSet();
ws.add(k1);
console.log(ws.has(k1), ws.has(k2));
try { ws.add(null); } catch (e) { console.log(e.name); }
const privateData = new WeakMap();
class Person {
  constructor(name) { privateData.set(this, { name }); }
  get name() { return privateData.get(this).name; }
}
console.log(new Person("ada").name);
const ref = new WeakRef(k1);
console.log(ref.deref() === k1);
