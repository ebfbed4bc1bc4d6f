// Shortest paths with a binary-heap priority queue on a small weighted graph.
class MinHeap {
  constructor() { this.items = []; }
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) { const p = (i - 1) >> 1; if (a[p][0] <= a[i][0]) break; [a[p], a[i]] = [a[i], a[p]]; i = p; }
  }
  pop() {
    const a = this.items;
    const top = a[0], last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
  get size() { return this.items.length; }
}
const edges = [["A", "B", 4], ["A", "C", 2], ["B", "C", 5], ["B", "D", 10], ["C", "E", 3], ["E", "D", 4], ["D", "F", 11], ["E", "F", 20]];
const graph = new Map();
for (const [u, v, w] of edges) {
  if (!graph.has(u)) graph.set(u, []);
  if (!graph.has(v)) graph.set(v, []);
  graph.get(u).push([v, w]);
  graph.get(v).push([u, w]);
}
function dijkstra(source) {
  const dist = new Map([[source, 0]]), prev = new Map(), heap = new MinHeap();
  heap.push([0, source]);
  while (heap.size) {
    const [d, u] = heap.pop();
    if (d > dist.get(u)) continue;
    for (const [v, w] of graph.get(u)) {
      const nd = d + w;
      if (nd < (dist.get(v) ?? Infinity)) { dist.set(v, nd); prev.set(v, u); heap.push([nd, v]); }
    }
  }
  return { dist, prev };
}
const { dist, prev } = dijkstra("A");
for (const node of [...graph.keys()].sort()) {
  const path = [];
  for (let n = node; n; n = prev.get(n)) path.unshift(n);
  console.log(node, dist.get(node), path.join("->"));
}
