// An open-addressing hash table with FNV-1a string hashing, resizing and deletion tombstones.
function fnv1a(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } return h; }
const TOMB = Symbol("tombstone");
class HashTable {
  constructor(cap = 8) { this.keys = new Array(cap); this.vals = new Array(cap); this.size = 0; this.used = 0; }
  #slot(key) {
    const cap = this.keys.length;
    let i = fnv1a(key) & (cap - 1), tomb = -1;
    while (this.keys[i] !== undefined) {
      if (this.keys[i] === TOMB) { if (tomb < 0) tomb = i; } else if (this.keys[i] === key) return i;
      i = (i + 1) & (cap - 1);
    }
    return tomb >= 0 ? tomb : i;
  }
  set(key, val) {
    if ((this.used + 1) * 4 > this.keys.length * 3) this.#resize(this.keys.length * 2);
    const i = this.#slot(key);
    if (this.keys[i] !== key) { if (this.keys[i] === undefined) this.used++; this.keys[i] = key; this.size++; }
    this.vals[i] = val;
  }
  get(key) { const i = this.#slot(key); return this.keys[i] === key ? this.vals[i] : undefined; }
  delete(key) { const i = this.#slot(key); if (this.keys[i] !== key) return false; this.keys[i] = TOMB; this.vals[i] = undefined; this.size--; return true; }
  #resize(cap) {
    const oldK = this.keys, oldV = this.vals;
    this.keys = new Array(cap); this.vals = new Array(cap); this.size = 0; this.used = 0;
    oldK.forEach((k, i) => { if (k !== undefined && k !== TOMB) this.set(k, oldV[i]); });
  }
}
console.log(fnv1a("").toString(16), fnv1a("a").toString(16), fnv1a("foobar").toString(16));
const t = new HashTable();
for (let i = 0; i < 1000; i++) t.set("key" + i, i * i);
for (let i = 0; i < 1000; i += 3) t.delete("key" + i);
let sum = 0;
for (let i = 0; i < 1000; i++) sum += t.get("key" + i) ?? 0;
console.log(t.size, t.keys.length, sum, t.get("key999"), t.get("key998"), t.delete("nope"));
