// toFixed rounds the exact binary value (so 1.005 -> "1.00"), pads with zeros, switches to exponent at 1e21.
const cases = [[1.005, 2], [1.5, 0], [2.5, 0], [-1.5, 0], [0.000001, 7], [123.456, 1], [0, 3], [-0, 2],
  [1e21, 2], [1e20, 2], [0.1 + 0.2, 20], [1.45, 1], [8.345, 2], [10.235, 2], [-0.0001, 2], [99.995, 2]];
for (const [v, d] of cases) console.log(`${v}.toFixed(${d}) = ${v.toFixed(d)}`);
try { (1).toFixed(101); } catch (e) { console.log(e.name); }
console.log((1234.5678).toFixed(), NaN.toFixed(2), (Infinity).toFixed(1));
