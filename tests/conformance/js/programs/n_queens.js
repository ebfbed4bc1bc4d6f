// N-queens by backtracking with bitmasks: solution counts for n = 1..8 and the first 6-queens board.
function solve(n) {
  let count = 0, first = null;
  const cols = [];
  (function place(row, colMask, d1, d2) {
    if (row === n) { count++; if (!first) first = cols.slice(); return; }
    let avail = ~(colMask | d1 | d2) & ((1 << n) - 1);
    while (avail) {
      const bit = avail & -avail;
      avail ^= bit;
      cols.push(31 - Math.clz32(bit));
      place(row + 1, colMask | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
      cols.pop();
    }
  })(0, 0, 0, 0);
  return { count, first };
}
console.log(Array.from({ length: 8 }, (_, i) => solve(i + 1).count).join(" "));
const { first } = solve(6);
for (const c of first) console.log(".".repeat(c) + "Q" + ".".repeat(6 - c - 1));
