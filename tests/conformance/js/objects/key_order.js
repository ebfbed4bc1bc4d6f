// Own property order: integer-like keys ascending, then strings by insertion, then symbols.
const s1 = Symbol("s1");
const obj = { z: 1, [s1]: "sym", 3: "c", a: 2, 1: "a", "4294967294": "max index", "4294967295": "not index", 2: "b" };
obj.m = 3;
obj[0] = "zero";
console.log(Object.keys(obj));
console.log(Reflect.ownKeys(obj).map(String).join(" "));
console.log(JSON.stringify(obj));
delete obj.z;
obj.z = "re-added";
console.log(Object.keys(obj).slice(-2));
console.log(Object.getOwnPropertyNames([5, 6]), Object.keys("ab"));
const entries = Object.entries({ b: 2, a: 1, 10: "x", 9: "y" });
console.log(entries);
