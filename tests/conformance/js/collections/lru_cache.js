// A small LRU cache on Map's insertion order: a classic real-world use.
class LRU {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
  get(key) {
    if (!this.map.has(key)) return undefined;
    const v = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }
  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
  }
}
const c = new LRU(3);
c.set("a", 1); c.set("b", 2); c.set("c", 3);
c.get("a");
c.set("d", 4);
console.log([...c.map.keys()].join(""), c.get("b"), c.get("c"));
c.set("e", 5);
console.log([...c.map.entries()].map(([k, v]) => k + v).join(" "));
const hits = new LRU(100);
let misses = 0;
for (let i = 0; i < 1000; i++) {
  const key = (i * 37) % 150;
  if (hits.get(key) === undefined) { misses++; hits.set(key, i); }
}
console.log(misses, hits.map.size);
