// Every Math function on representative inputs (results exact enough to match across libms).
const r = (x) => (Number.isFinite(x) ? +x.toPrecision(12) : x);
console.log(Math.abs(-3.5), Math.abs(-0), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(1.5), Math.round(2.5), Math.round(-0.4), Math.trunc(-1.9), Math.trunc(1.9));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Math.min(0, -0), Math.max("7", 3));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.cbrt(27), Math.cbrt(-8), Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1, 1));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.exp(0), r(Math.exp(1)), r(Math.expm1(1e-10)), Math.log(1), r(Math.log(10)));
console.log(Math.log2(8), Math.log10(1000), r(Math.log1p(1e-10)), Math.log(0), Math.log(-1), Math.log2(1024));
console.log(Math.sin(0), r(Math.sin(Math.PI / 2)), r(Math.cos(Math.PI)), r(Math.tan(Math.PI / 4)), r(Math.asin(1)), r(Math.acos(0)), r(Math.atan(1)));
console.log(r(Math.atan2(1, 1)), r(Math.atan2(-1, -1)), Math.atan2(0, -0), Math.atan2(-0, 0), r(Math.sinh(1)), r(Math.cosh(1)), r(Math.tanh(0.5)));
console.log(r(Math.asinh(1)), r(Math.acosh(2)), r(Math.atanh(0.5)), Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.clz32(0), Math.imul(0xffffffff, 5));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
const rnd = Math.random();
console.log(typeof rnd, rnd >= 0 && rnd < 1);
