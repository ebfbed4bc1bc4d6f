// Map: insertion order, any key type, SameValueZero keys (NaN, -0), size, delete, clear.
const m = new Map();
const objKey = { id: 1 };
m.set("a", 1).set(1, "number one").set("1", "string one").set(objKey, "object").set(NaN, "nan");
console.log(m.size, m.get(1), m.get("1"), m.get(objKey), m.get({ id: 1 }), m.get(NaN));
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), m.has(+0), [...m.keys()].map(String));
m.set("a", "updated");
console.log([...m.keys()].map(String).join(","), m.get("a"));
console.log(m.delete("a"), m.delete("a"), m.size);
m.set("a", "re-added");
console.log([...m.values()]);
const fromEntries = new Map(Object.entries({ x: 1, y: 2 }));
console.log(fromEntries, Object.fromEntries(fromEntries));
m.clear();
console.log(m.size, m.get(1));
console.log(new Map([[1, "a"], [1, "b"]]).get(1), new Map().get("missing"));
try { new Map([1, 2]); } catch (e) { console.log(e.name); }
