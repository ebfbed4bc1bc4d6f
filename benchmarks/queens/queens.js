// queens: counts every solution of the n-queens problem by backtracking over free rows and
// diagonals; size = n. Solution counts are the known sequence (OEIS A000170).
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const SOLUTIONS = new Map([[4, 2], [5, 10], [6, 4], [7, 40], [8, 92], [9, 352], [10, 724], [11, 2680], [12, 14200]]);

function filled(length, value) {
  const result = [];
  for (let i = 0; i < length; i++) result.push(value);
  return result;
}

class Board {
  constructor(n) {
    this.n = n;
    this.freeRows = filled(n, true);
    this.freeRising = filled(2 * n - 1, true);
    this.freeFalling = filled(2 * n - 1, true);
    this.queenRows = filled(n, -1);
    this.solutions = 0;
  }

  placeColumn(column) {
    const n = this.n;
    for (let row = 0; row < n; row++) {
      const rising = row + column;
      const falling = row - column + n - 1;
      if (this.freeRows[row] && this.freeRising[rising] && this.freeFalling[falling]) {
        this.queenRows[column] = row;
        if (column === n - 1) {
          this.solutions++;
          this.checkSolution();
        } else {
          this.freeRows[row] = false;
          this.freeRising[rising] = false;
          this.freeFalling[falling] = false;
          this.placeColumn(column + 1);
          this.freeRows[row] = true;
          this.freeRising[rising] = true;
          this.freeFalling[falling] = true;
        }
      }
    }
  }

  // Spot-checks the first solutions in full so a wrong engine cannot count garbage.
  checkSolution() {
    if (this.solutions > 4) return;
    for (let a = 0; a < this.n; a++) {
      for (let b = a + 1; b < this.n; b++) {
        const ra = this.queenRows[a];
        const rb = this.queenRows[b];
        if (ra === rb || ra - rb === a - b || ra - rb === b - a) {
          throw new Error("queens: queens in columns " + a + " and " + b + " attack each other");
        }
      }
    }
  }
}

function run(n) {
  const board = new Board(n);
  board.placeColumn(0);
  return board.solutions;
}

function verify(result, n) {
  if (!SOLUTIONS.has(n)) throw new Error("queens: no expected result for size " + n + " (got " + result + ")");
  if (result !== SOLUTIONS.get(n)) throw new Error("queens: " + result + " solutions, expected " + SOLUTIONS.get(n));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 10;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
