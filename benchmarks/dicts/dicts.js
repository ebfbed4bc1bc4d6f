// dicts: Map-heavy work: counts word frequencies (string keys), fills, deletes from and probes an
// integer-keyed table, groups words in nested Maps, and deletes and re-inserts keys, checking
// that iteration follows insertion order. size = words generated (and integer keys inserted).
// The result is a tuple of counts and order-sensitive hashes.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const EXPECTED = new Map([[100, "13/13/3/34/66/3302/2/65163/223175386"], [1000, "247/11/4/322/678/338358/3/4084927/927472642"],
  [10000, "2460/12/5/3327/6673/33356902/4/197689010/930308764"],
  [50000, "12298/17/5/16666/33334/833386299/5/57741877/624459860"],
  [100000, "24671/12/6/33331/66669/333435224/5/441224060/433879859"]]);

class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

function run(size) {
  const random = new Random();
  const vocabulary = Math.floor(size / 4) + 1;

  // Word frequencies with string keys.
  const counts = new Map();
  for (let i = 0; i < size; i++) {
    const word = "w" + ((random.next() * 31 + i) % vocabulary);
    const previous = counts.get(word);
    counts.set(word, previous === undefined ? 1 : previous + 1);
  }
  let total = 0;
  let bestWord = "";
  let bestCount = 0;
  for (const word of counts.keys()) {
    const count = counts.get(word);
    total += count;
    if (count > bestCount) {
      bestCount = count;
      bestWord = word;
    }
  }
  if (total !== size) throw new Error("dicts: frequencies add up to " + total + ", expected " + size);

  // Integer keys: fill, delete a third, probe.
  const table = new Map();
  const span = size * 2;
  for (let i = 0; i < size; i++) table.set((i * 7919) % span, i);
  let removed = 0;
  for (let key = 0; key < span; key += 3) {
    if (table.has(key)) {
      table.delete(key);
      removed++;
    }
  }
  let hits = 0;
  let hitSum = 0;
  for (let key = 0; key < span; key++) {
    const value = table.get(key);
    if (value !== undefined) {
      hits++;
      hitSum += value;
    }
  }
  if (hits !== table.size) throw new Error("dicts: found " + hits + " keys of " + table.size);

  // Nested Maps: words grouped by length.
  const groups = new Map();
  for (const word of counts.keys()) {
    const length = word.length;
    let group = groups.get(length);
    if (group === undefined) {
      group = new Map();
      groups.set(length, group);
    }
    group.set(word, counts.get(word));
  }
  let groupHash = 0;
  for (const length of groups.keys()) groupHash = (groupHash * 31 + length * 1000 + groups.get(length).size) % 1000000007;

  // Delete every other word and re-insert it: re-inserted keys move to the end.
  const order = new Map();
  for (const word of counts.keys()) order.set(word, counts.get(word));
  const moved = [];
  let index = 0;
  for (const word of counts.keys()) {
    if (index % 2 === 0) moved.push(word);
    index++;
  }
  for (const word of moved) order.delete(word);
  for (const word of moved) order.set(word, counts.get(word));
  let orderHash = 0;
  for (const word of order.keys()) orderHash = (orderHash * 31 + word.length + order.get(word)) % 1000000007;

  return [counts.size, bestCount, bestWord.length, removed, hits, hitSum % 1000000007, groups.size, groupHash, orderHash];
}

function verify(result, size) {
  const described = result.join("/");
  if (!EXPECTED.has(size)) throw new Error("dicts: no expected result for size " + size + " (got " + described + ")");
  if (described !== EXPECTED.get(size)) throw new Error("dicts: got " + described + ", expected " + EXPECTED.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 50000;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
