// Kahn's topological sort of a build graph, with deterministic tie-breaking and cycle detection.
function topo(deps) {
  const nodes = new Set(Object.keys(deps));
  for (const ds of Object.values(deps)) ds.forEach((d) => nodes.add(d));
  const indeg = new Map([...nodes].map((n) => [n, 0]));
  const users = new Map([...nodes].map((n) => [n, []]));
  for (const [n, ds] of Object.entries(deps)) for (const d of ds) { indeg.set(n, indeg.get(n) + 1); users.get(d).push(n); }
  const ready = [...nodes].filter((n) => indeg.get(n) === 0).sort();
  const order = [];
  while (ready.length) {
    const n = ready.shift();
    order.push(n);
    for (const u of users.get(n)) { indeg.set(u, indeg.get(u) - 1); if (indeg.get(u) === 0) { ready.push(u); ready.sort(); } }
  }
  if (order.length !== nodes.size) throw new Error("cycle among: " + [...nodes].filter((n) => !order.includes(n)).sort().join(","));
  return order;
}
console.log(topo({ app: ["lib", "utils"], lib: ["core"], utils: ["core"], tests: ["app"], docs: [] }).join(" "));
try { topo({ a: ["b"], b: ["c"], c: ["a"], d: [] }); } catch (e) { console.log(e.message); }
