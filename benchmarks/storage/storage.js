// storage: allocates a tree of arrays, four children per inner node and a leaf array of random
// length (1..10) at the bottom, to stress allocation and the GC; size = tree depth.
// Verified by the node count (4^depth - 1) / 3 and the total leaf length from the generator.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

class Storage {
  constructor() {
    this.count = 0;
    this.leafSlots = 0;
    this.random = new Random();
  }

  build(depth) {
    this.count++;
    if (depth === 1) {
      const length = this.random.next() % 10 + 1;
      this.leafSlots += length;
      return new Array(length);
    }
    const children = [];
    for (let i = 0; i < 4; i++) children.push(this.build(depth - 1));
    return children;
  }
}

function leafSlots(tree, depth) {
  if (depth === 1) return tree.length;
  let total = 0;
  for (const child of tree) total += leafSlots(child, depth - 1);
  return total;
}

function run(depth) {
  const storage = new Storage();
  const tree = storage.build(depth);
  return [storage, leafSlots(tree, depth)];
}

function verify(result, depth) {
  const storage = result[0];
  let power = 1;
  for (let i = 0; i < depth; i++) power *= 4;
  const expected = (power - 1) / 3;
  if (storage.count !== expected) throw new Error("storage: " + storage.count + " arrays, expected " + expected);
  if (result[1] !== storage.leafSlots) {
    throw new Error("storage: leaves hold " + result[1] + " slots, expected " + storage.leafSlots);
  }
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 9;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
