// spectralnorm: the spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
// truncated to size x size, by ten rounds of the power method on A^T A; size = n.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const EXPECTED = new Map([[10, 1.2718440192507248], [50, 1.2741938369830932], [100, 1.2742199912349306],
  [200, 1.2742236013532107], [500, 1.2742241159529055], [1000, 1.2742241481294836]]);

function matrixEntry(i, j) {
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

function multiplyAv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += matrixEntry(i, j) * v[j];
    out[i] = total;
  }
}

function multiplyAtv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += matrixEntry(j, i) * v[j];
    out[i] = total;
  }
}

function multiplyAtAv(n, v, out, tmp) {
  multiplyAv(n, v, tmp);
  multiplyAtv(n, tmp, out);
}

function filled(length, value) {
  const result = [];
  for (let i = 0; i < length; i++) result.push(value);
  return result;
}

function spectralNorm(n) {
  const u = filled(n, 1.0);
  const v = filled(n, 0.0);
  const tmp = filled(n, 0.0);
  for (let i = 0; i < 10; i++) {
    multiplyAtAv(n, u, v, tmp);
    multiplyAtAv(n, v, u, tmp);
  }
  let vBv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vBv / vv);
}

function verify(result, n) {
  if (!EXPECTED.has(n)) throw new Error("spectralnorm: no expected result for size " + n + " (got " + result + ")");
  if (Math.abs(result - EXPECTED.get(n)) > 1e-12) throw new Error("spectralnorm: got " + result + ", expected " + EXPECTED.get(n));
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 200;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = spectralNorm(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
