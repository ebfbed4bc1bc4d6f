// sieve: Sieve of Eratosthenes over an array of flags; size = the upper limit.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const PRIME_COUNTS = new Map([[1000, 168], [5000, 669], [10000, 1229], [100000, 9592], [300000, 25997],
  [1000000, 78498], [2000000, 148933]]);

function sieve(limit) {
  const flags = [];
  for (let i = 0; i <= limit; i++) flags.push(true);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (flags[i]) {
      count++;
      for (let k = i + i; k <= limit; k += i) flags[k] = false;
    }
  }
  return count;
}

function verify(result, size) {
  if (!PRIME_COUNTS.has(size)) throw new Error("sieve: no expected result for size " + size + " (got " + result + ")");
  if (result !== PRIME_COUNTS.get(size)) throw new Error("sieve: wrong result " + result + ", expected " + PRIME_COUNTS.get(size));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 1000000;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = sieve(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
