// mandelbrot: renders a size x size bitmap of the Mandelbrot set (50 iterations, escape at |z| > 2)
// packed 8 pixels a byte; the result is the XOR of all bytes and the count of set pixels.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const EXPECTED = new Map([[8, [253, 27]], [50, [15, 992]], [100, [239, 3959]], [200, [2, 15899]], [400, [9, 63528]], [500, [255, 99274]], [750, [192, 223262]], [1000, [5, 396940]]]);

function mandelbrot(size) {
  let checksum = 0;
  let inside = 0;
  for (let y = 0; y < size; y++) {
    let bits = 0;
    let bitCount = 0;
    const ci = (2.0 * y / size) - 1.0;
    for (let x = 0; x < size; x++) {
      let zr = 0.0;
      let zi = 0.0;
      let zrzr = 0.0;
      let zizi = 0.0;
      const cr = (2.0 * x / size) - 1.5;
      let escaped = false;
      for (let i = 0; i < 50; i++) {
        zi = 2.0 * zr * zi + ci;
        zr = zrzr - zizi + cr;
        zizi = zi * zi;
        zrzr = zr * zr;
        if (zizi + zrzr > 4.0) {
          escaped = true;
          break;
        }
      }
      bits = bits << 1;
      if (!escaped) {
        bits = bits | 1;
        inside++;
      }
      bitCount++;
      if (bitCount === 8) {
        checksum = checksum ^ bits;
        bits = 0;
        bitCount = 0;
      }
    }
    if (bitCount > 0) {
      bits = bits << (8 - bitCount);
      checksum = checksum ^ bits;
    }
  }
  return [checksum, inside];
}

function verify(result, size) {
  if (!EXPECTED.has(size)) throw new Error("mandelbrot: no expected result for size " + size + " (got " + result[0] + ", " + result[1] + ")");
  const expected = EXPECTED.get(size);
  if (result[0] !== expected[0] || result[1] !== expected[1]) {
    throw new Error("mandelbrot: got checksum " + result[0] + " inside " + result[1] + ", expected " + expected[0] + " and " + expected[1]);
  }
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 500;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = mandelbrot(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
