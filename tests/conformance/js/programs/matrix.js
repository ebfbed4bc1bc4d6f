// Matrix multiply, transpose, determinant by Gaussian elimination, and identity checks.
const mul = (A, B) => A.map((row) => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
const transpose = (A) => A[0].map((_, j) => A.map((r) => r[j]));
function det(M) {
  const A = M.map((r) => r.slice());
  let d = 1;
  for (let i = 0; i < A.length; i++) {
    let p = i;
    for (let r = i + 1; r < A.length; r++) if (Math.abs(A[r][i]) > Math.abs(A[p][i])) p = r;
    if (A[p][i] === 0) return 0;
    if (p !== i) { [A[p], A[i]] = [A[i], A[p]]; d = -d; }
    d *= A[i][i];
    for (let r = i + 1; r < A.length; r++) { const f = A[r][i] / A[i][i]; for (let c = i; c < A.length; c++) A[r][c] -= f * A[i][c]; }
  }
  return d;
}
const A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]];
const I = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
console.log(JSON.stringify(mul(A, I)) === JSON.stringify(A), JSON.stringify(mul(A, transpose(A))));
console.log(det(A).toFixed(6), det(I), det([[2, 4], [1, 2]]), det([[0, 1], [1, 0]]));
const n = 40;
const big = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => ((i * 31 + j * 17) % 11) - 5));
const sq = mul(big, big);
console.log(sq[0].slice(0, 6).join(" "), sq.flat().reduce((a, b) => a + b, 0));
