// Maps keyed by objects and functions, counting and grouping, converting to and from objects.
const a = { name: "a" }, b = { name: "b" };
const visits = new Map();
for (const o of [a, b, a, a]) visits.set(o, (visits.get(o) || 0) + 1);
console.log([...visits].map(([k, v]) => `${k.name}:${v}`).join(" "));
const handlers = new Map([[Number, "number"], [String, "string"], [Array, "array"]]);
console.log([1, "x", []].map((v) => handlers.get(v.constructor)));
const inventory = [{ type: "fruit", n: "apple" }, { type: "veg", n: "kale" }, { type: "fruit", n: "fig" }];
const grouped = inventory.reduce((m, item) => m.set(item.type, [...(m.get(item.type) ?? []), item.n]), new Map());
console.log(grouped, JSON.stringify([...grouped]));
