// Map iteration: entries by default, forEach argument order, mutation during iteration.
const m = new Map([["one", 1], ["two", 2], ["three", 3]]);
for (const entry of m) console.log(entry);
m.forEach((value, key, map) => console.log(key, value, map === m));
const visited = [];
for (const [k] of m) {
  visited.push(k);
  if (k === "one") { m.delete("two"); m.set("four", 4); }
}
console.log(visited.join(","));
const it = m.entries();
console.log(it.next().value, typeof it[Symbol.iterator], Object.prototype.toString.call(it));
const byLen = new Map();
for (const w of ["ab", "cd", "efg", "h"]) byLen.set(w.length, [...(byLen.get(w.length) || []), w]);
console.log([...byLen].sort((a, b) => a[0] - b[0]));
console.log(new Map([[1, 2]])[Symbol.iterator] === Map.prototype.entries);
