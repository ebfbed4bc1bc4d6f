// Number.isInteger/isSafeInteger/isFinite/isNaN vs the coercing globals; constants.
const vals = [1, 1.5, -0, NaN, Infinity, "5", 2 ** 53, 2 ** 53 - 1, 1e300, null, 5.0];
for (const v of vals) {
  console.log(String(v), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), isFinite(v), Number.isNaN(v), isNaN(v));
}
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER + 2, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
console.log(isNaN("abc"), Number.isNaN("abc"), isFinite("12"), Number.isFinite("12"));
