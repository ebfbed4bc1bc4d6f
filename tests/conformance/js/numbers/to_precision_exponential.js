// toPrecision and toExponential: significant digits and the switch to exponent notation.
const vals = [123.456, 0.000123, 1e21, 5, 0, 1234567, 0.5, 99.99];
for (const v of vals) console.log(v, v.toPrecision(1), v.toPrecision(3), v.toPrecision(8), v.toExponential(2), v.toExponential());
console.log((1.25).toPrecision(2), (1.35).toPrecision(2), (-0).toPrecision(2), (255).toPrecision());
try { (1).toPrecision(0); } catch (e) { console.log(e.name); }
