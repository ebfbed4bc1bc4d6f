// round/floor/ceil/trunc across halves and negatives, and rounding helpers built on them.
const xs = [-2.5, -1.5, -0.5, -0.4, 0.4, 0.5, 1.5, 2.5, 2.4999999999999996, 0.49999999999999994];
for (const x of xs) console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x));
console.log(Object.is(Math.round(-0.2), -0), Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.1), -0));
