// Closures created and called inside hot loops, capturing loop variables and mutating shared state.
const counters = [];
let shared = 0;
for (let i = 0; i < 100; i++) {
  const local = i * 2;
  counters.push(() => { shared += local; return local + i; });
}
let s = 0;
for (const c of counters) s += c();
console.log(s, shared);
function makeAdder(n) { return (x) => x + n; }
let acc = 0;
for (let i = 0; i < 1000; i++) acc = makeAdder(i % 10)(acc);
console.log(acc);
let captured = "start";
const read = () => captured;
const snapshots = [];
for (let i = 0; i < 30; i++) {
  if (i % 10 === 0) captured = i % 20 ? i : "even-ten-" + i;
  snapshots.push(read());
}
console.log([...new Set(snapshots)].join(","));
