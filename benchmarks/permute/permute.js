// permute: generates every permutation of an n-element array by recursive swapping, counting calls;
// size = n. The call count obeys c(n) = 1 + (n + 1) * c(n - 1), c(0) = 0, which verifies the run.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Permuter {
  constructor(n) {
    this.count = 0;
    this.items = [];
    for (let i = 0; i < n; i++) this.items.push(i);
  }

  swap(i, j) {
    const tmp = this.items[i];
    this.items[i] = this.items[j];
    this.items[j] = tmp;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const last = n - 1;
      this.permute(last);
      for (let i = last; i >= 0; i--) {
        this.swap(last, i);
        this.permute(last);
        this.swap(last, i);
      }
    }
  }
}

function run(n) {
  const permuter = new Permuter(n);
  permuter.permute(n);
  return permuter;
}

function verify(permuter, n) {
  let expected = 1;
  for (let k = 1; k <= n; k++) expected = 1 + (k + 1) * expected;
  if (permuter.count !== expected) throw new Error("permute: " + permuter.count + " calls, expected " + expected);
  for (let i = 0; i < n; i++) {
    if (permuter.items[i] !== i) throw new Error("permute: array not restored after permuting");
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
