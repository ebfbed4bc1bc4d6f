// String(), toString, template and concatenation of many kinds of values.
const values = [0, -0, 1.5, 1e21, null, undefined, true, [1, [2]], { a: 1 }, Symbol("s"), 10n, NaN, [], [null], [undefined, 1]];
for (const v of values) console.log(typeof v, String(v));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log(String(Object.create(null, { toString: { value: () => "null-proto" } })));
