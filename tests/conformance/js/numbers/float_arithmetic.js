// IEEE-754 double behaviour: rounding, overflow, underflow, integer precision, sums.
console.log(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 4.35 * 100, 1.15 * 100, 3 * 1.1 === 3.3);
console.log(9007199254740992 === 9007199254740993, 2 ** 53 + 1, 2 ** 63, 2 ** 64, 2 ** -1074, 2 ** -1075);
console.log(1e308 * 10, -1e308 * 10, 1e-323 / 10, (1e-323 / 10) === 0, 5e-324 > 0);
let acc = 0;
for (let i = 0; i < 10; i++) acc += 0.1;
console.log(acc, acc === 1, Math.abs(acc - 1) < Number.EPSILON * 2);
let kahan = 0, c = 0;
for (let i = 0; i < 10; i++) { const y = 0.1 - c; const t = kahan + y; c = t - kahan - y; kahan = t; }
console.log(kahan);
console.log(0.1 * 0.1, 100 / 3, -7 / 3, 1 / 3 * 3, 2 / 3 + 1 / 3);
console.log((123.456 * 1000) | 0, Math.round(2.675 * 100) / 100, 1e16 + 1, 12345678.9 * 10);
