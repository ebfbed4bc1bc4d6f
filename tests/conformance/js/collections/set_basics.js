// Set: uniqueness by SameValueZero, insertion order, set algebra by hand.
const s = new Set([3, 1, 3, NaN, NaN, 0, -0, "3"]);
console.log(s.size, [...s], s.has(-0), s.has("1"));
s.add(1).add(4);
console.log([...s].map(String).join(" "), s.delete(3), s.delete(3), s.size);
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const inter = new Set([...a].filter((x) => b.has(x)));
const diff = new Set([...a].filter((x) => !b.has(x)));
console.log([...union], [...inter], [...diff]);
console.log(new Set("mississippi"), [...new Set("mississippi")].join(""));
const seen = [];
new Set(["x", "y"]).forEach((v, k, set) => seen.push(`${v}/${k}/${set.size}`));
console.log(seen, [...new Set([1, 2]).entries()]);
const objs = new Set();
objs.add({}); objs.add({});
console.log(objs.size);
