// Objects compare by identity; spread copies are shallow; a recursive clone copies deeply.
const a = { v: [1, 2] };
const b = { v: [1, 2] };
const c = a;
console.log(a == b, a === c, JSON.stringify(a) === JSON.stringify(b));
const shallow = { ...a };
shallow.v.push(3);
console.log(a.v, shallow.v === a.v);
function deepClone(value, seen = new Map()) {
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  const copy = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) copy[key] = deepClone(value[key], seen);
  return copy;
}
const deep = deepClone(a);
deep.v.push(4);
console.log(a.v, deep.v);
const cyclic = { name: "cycle", list: [1, { inner: true }] };
cyclic.self = cyclic;
const cloned = deepClone(cyclic);
console.log(cloned.self === cloned, cloned !== cyclic, cloned.list[1] !== cyclic.list[1], cloned.list[1].inner);
const set = new Set([a, b, a]);
console.log(set.size, [a, b].includes(c), [a, b].indexOf({ v: [1, 2] }));
