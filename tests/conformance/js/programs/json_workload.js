// Building, serializing, parsing and querying a generated dataset of records.
let seed = 7;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const cities = ["Oslo", "Lima", "Pune", "Kyiv", "Nice"];
const records = Array.from({ length: 300 }, (_, i) => ({
  id: i, name: `user${i}`, age: 18 + rnd(60), city: cities[rnd(cities.length)],
  scores: Array.from({ length: 3 }, () => rnd(100)), active: rnd(2) === 1,
}));
const text = JSON.stringify(records);
const parsed = JSON.parse(text);
console.log(text.length, parsed.length, JSON.stringify(parsed) === text);
const byCity = {};
for (const r of parsed) {
  const c = (byCity[r.city] ??= { count: 0, active: 0, avgAge: 0 });
  c.count++; c.active += r.active; c.avgAge += r.age;
}
for (const c of Object.values(byCity)) c.avgAge = +(c.avgAge / c.count).toFixed(2);
console.log(JSON.stringify(byCity, Object.keys(byCity).sort().concat(["count", "active", "avgAge"]), 1));
const best = parsed.map((r) => ({ name: r.name, total: r.scores.reduce((a, b) => a + b) })).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)).slice(0, 3);
console.log(best);
