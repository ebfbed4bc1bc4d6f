// Composing infinite generators lazily: take, map, filter, zip.
function* naturals(start = 1) { for (let n = start; ; n++) yield n; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* zip(...its) {
  const iters = its.map((i) => i[Symbol.iterator]());
  while (true) {
    const rs = iters.map((i) => i.next());
    if (rs.some((r) => r.done)) return;
    yield rs.map((r) => r.value);
  }
}
console.log([...take(map(filter(naturals(), (n) => n % 3 === 0), (n) => n * n), 5)]);
function* primes() {
  const found = [];
  for (const n of naturals(2)) if (found.every((p) => n % p)) { found.push(n); yield n; }
}
console.log([...take(primes(), 15)].join(" "));
console.log([...zip("abc", naturals(), [true, false, true, false])]);
