// JSON.stringify of every value kind: undefined/functions/symbols dropped or null, NaN -> null.
console.log(JSON.stringify({ a: 1, b: "two", c: [true, null], d: { e: undefined, f: () => 1, g: Symbol() } }));
console.log(JSON.stringify([undefined, function () {}, Symbol("x"), NaN, Infinity, -0, 1e21]));
console.log(JSON.stringify("he said \"hi\"\n\t\\"), JSON.stringify("\u0007\u001f\u2028"), JSON.stringify("é😀"));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify(new Date(0)));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String("s")), JSON.stringify(new Boolean(false)), JSON.stringify([new Number(1)]));
try { JSON.stringify({ big: 1n }); } catch (e) { console.log(e.name); }
console.log(JSON.stringify({ [Symbol("k")]: 1, 2: "two", a: 1 }), JSON.stringify("\ud800"));
