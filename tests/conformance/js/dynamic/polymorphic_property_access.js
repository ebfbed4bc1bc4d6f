// One property-access site sees many object shapes, including getters, prototypes and dictionaries.
function getX(o) { return o.x; }
class P { constructor() { this.x = "class"; } }
const proto = { x: "proto" };
const shapes = [
  { x: 1 }, { y: 0, x: 2 }, { x: 3, z: 1 }, new P(), Object.create(proto), { get x() { return "getter"; } },
  [1, 2], "str", 5, Object.assign(Object.create(null), { x: "null-proto" }),
];
const dict = { a: 1 };
for (let i = 0; i < 50; i++) dict["k" + i] = i;
dict.x = "dictionary";
delete dict.k3;
shapes.push(dict);
const out = [];
for (let round = 0; round < 5; round++) for (const s of shapes) out.push(getX(s));
console.log(out.slice(0, shapes.length).map(String).join(" | "));
const o = { x: 1 };
const seen = [];
for (let i = 0; i < 20; i++) {
  seen.push(getX(o));
  if (i === 5) o.x = "changed";
  if (i === 10) delete o.x;
  if (i === 15) Object.defineProperty(o, "x", { get: () => "now a getter" });
}
console.log(seen.join(","));
