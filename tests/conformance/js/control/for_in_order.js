// for-in: integer keys ascending first, then string keys in insertion order, then inherited ones.
const obj = { b: 1, 10: "ten", a: 2, 2: "two", "-1": "neg", 1.5: "frac", "01": "zero-one" };
obj[0] = "zero";
obj.z = 3;
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(" "));
console.log(Object.keys(obj).join(" "));
const base = { inherited: 1, shadowed: 1 };
const child = Object.create(base);
child.own = 1;
child.shadowed = 2;
const seen = [];
for (const k in child) seen.push(k);
console.log(seen.join(" "));
const arr = ["x", "y"];
arr.extra = true;
const arrKeys = [];
for (const k in arr) arrKeys.push(typeof k + ":" + k);
console.log(arrKeys.join(" "));
const nonEnum = {};
Object.defineProperty(nonEnum, "hidden", { value: 1, enumerable: false });
nonEnum.visible = 1;
for (const k in nonEnum) console.log("enumerable:", k);
for (const k in null) console.log("never", k);
for (const k in "ab") console.log("string index", k);
const deleting = { p: 1, q: 2, r: 3 };
for (const k in deleting) { if (k === "p") delete deleting.q; console.log("visit", k); }
