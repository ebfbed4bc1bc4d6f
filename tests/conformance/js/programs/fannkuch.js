// fannkuch-redux (n = 7): permutations, flips and a checksum.
function fannkuch(n) {
  const perm1 = Array.from({ length: n }, (_, i) => i), count = new Array(n).fill(0), perm = new Array(n);
  let maxFlips = 0, checksum = 0, permCount = 0, r = n;
  for (;;) {
    while (r !== 1) { count[r - 1] = r; r--; }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0, k;
    while ((k = perm[0]) !== 0) {
      for (let i = 0, j = k; i < j; i++, j--) [perm[i], perm[j]] = [perm[j], perm[i]];
      flips++;
    }
    maxFlips = Math.max(maxFlips, flips);
    checksum += permCount % 2 === 0 ? flips : -flips;
    for (;;) {
      if (r === n) return [checksum, maxFlips];
      const p0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = p0;
      if (--count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}
const [checksum, flips] = fannkuch(7);
console.log(`${checksum}\nPfannkuchen(7) = ${flips}`);
