// fannkuch: fannkuch-redux; over every permutation of 1..n counts the prefix reversals ("pancake
// flips") until 1 is in front; result = (checksum of alternating flip counts, maximum flips).
// size = n. Expected values are the published ones.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const EXPECTED = new Map([[3, [2, 2]], [4, [4, 4]], [5, [11, 7]], [6, [49, 10]], [7, [228, 16]], [8, [1616, 22]],
  [9, [8629, 30]], [10, [73196, 38]]]);

function fannkuch(n) {
  const perm1 = [];
  const perm = [];
  const count = [];
  for (let i = 0; i < n; i++) {
    perm1.push(i);
    perm.push(0);
    count.push(0);
  }
  let maxFlips = 0;
  let checksum = 0;
  let permutationIndex = 0;
  let r = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    let k = perm[0];
    while (k !== 0) {
      for (let i = 0, j = k; i < j; i++, j--) {
        const tmp = perm[i];
        perm[i] = perm[j];
        perm[j] = tmp;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    if (permutationIndex % 2 === 0) checksum += flips;
    else checksum -= flips;
    // Next permutation in the count-based rotation order.
    while (true) {
      if (r === n) return [checksum, maxFlips];
      const first = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permutationIndex++;
  }
}

function verify(result, n) {
  if (!EXPECTED.has(n)) throw new Error("fannkuch: no expected result for size " + n + " (got " + result[0] + ", " + result[1] + ")");
  const expected = EXPECTED.get(n);
  if (result[0] !== expected[0] || result[1] !== expected[1]) {
    throw new Error("fannkuch: checksum " + result[0] + " max flips " + result[1] + ", expected " + expected[0] + " and " + expected[1]);
  }
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 9;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = fannkuch(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
