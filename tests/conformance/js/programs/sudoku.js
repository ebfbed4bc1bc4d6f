// A backtracking Sudoku solver with candidate bitmasks.
const puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
function solve(cells) {
  const rows = new Array(9).fill(0), cols = new Array(9).fill(0), boxes = new Array(9).fill(0);
  const box = (i) => Math.floor(i / 27) * 3 + Math.floor((i % 9) / 3);
  cells.forEach((v, i) => { if (v) { const b = 1 << v; rows[Math.floor(i / 9)] |= b; cols[i % 9] |= b; boxes[box(i)] |= b; } });
  let guesses = 0;
  function go() {
    let best = -1, bestMask = 0, bestCount = 10;
    for (let i = 0; i < 81; i++) {
      if (cells[i]) continue;
      const mask = ~(rows[Math.floor(i / 9)] | cols[i % 9] | boxes[box(i)]) & 0x3fe;
      let c = 0;
      for (let m = mask; m; m &= m - 1) c++;
      if (c < bestCount) { best = i; bestMask = mask; bestCount = c; if (c <= 1) break; }
    }
    if (best < 0) return true;
    for (let v = 1; v <= 9; v++) {
      if (!(bestMask & (1 << v))) continue;
      guesses++;
      const b = 1 << v, r = Math.floor(best / 9), c = best % 9, x = box(best);
      cells[best] = v; rows[r] |= b; cols[c] |= b; boxes[x] |= b;
      if (go()) return true;
      cells[best] = 0; rows[r] &= ~b; cols[c] &= ~b; boxes[x] &= ~b;
    }
    return false;
  }
  return { solved: go(), guesses };
}
const cells = [...puzzle].map(Number);
const { solved, guesses } = solve(cells);
console.log(solved, guesses);
for (let r = 0; r < 9; r++) console.log(cells.slice(r * 9, r * 9 + 9).join(" "));
