// Number.prototype.toString with radix, including fractions and negatives.
const n = 255;
for (const r of [2, 8, 10, 16, 36]) console.log(r, n.toString(r), (-n).toString(r));
console.log((0.5).toString(2), (0.1).toString(2).slice(0, 20), (1 / 3).toString(3), (35).toString(36), (36).toString(36));
console.log((2 ** 53).toString(16), (1e21).toString(36), (0).toString(2), (-0).toString(16));
try { (10).toString(1); } catch (e) { console.log(e.name); }
console.log(parseInt("ff", 16), parseInt("z", 36), parseInt((12345).toString(7), 7));
