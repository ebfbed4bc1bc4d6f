// && || ?? return operands (not booleans) and short-circuit; logical assignment only assigns when needed.
const calls = [];
const f = (v) => { calls.push(String(v)); return v; };
console.log(f(0) && f(1), f(1) && f(2), f("") || f("x"), f("a") || f("b"));
console.log(f(null) ?? f("d"), f(0) ?? f("n"), f(undefined) ?? f(false), f("") ?? "unused");
console.log(calls.join(" "));
console.log(null || undefined, 0 || null, 1 && null && 2, (null || 0) ?? "z");
const obj = { a: 0, b: null, c: "set" };
obj.a ||= 10;
obj.b ??= 20;
obj.c &&= obj.c.toUpperCase();
obj.d ??= "new";
console.log(obj);
let setterCalls = 0;
const box = { get v() { return 1; }, set v(x) { setterCalls++; } };
box.v ||= 5;
box.v &&= 6;
box.v ??= 7;
console.log(setterCalls);
