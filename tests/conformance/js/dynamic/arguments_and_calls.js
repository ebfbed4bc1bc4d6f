// Hot call sites with varying argument counts, spread, apply, arguments and default parameters.
function f(a, b = 10) { return (a ?? 0) + b + arguments.length; }
let total = 0;
for (let i = 0; i < 100; i++) {
  switch (i % 5) {
    case 0: total += f(); break;
    case 1: total += f(i); break;
    case 2: total += f(i, i); break;
    case 3: total += f(i, undefined, i, i); break;
    case 4: total += f(...[i, 1, 2]); break;
  }
}
console.log(total);
function variadic() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
let v = 0;
for (let i = 0; i < 50; i++) v += variadic.apply(null, Array.from({ length: i % 6 }, (_, k) => k));
console.log(v);
const fns = [(x) => x + 1, function (x) { return x * 2; }, Math.abs, String, (x) => [x], class { static m(x) { return -x; } }.m];
const outs = [];
for (let i = 0; i < 24; i++) outs.push(fns[i % fns.length](i - 12));
console.log(outs.map((o) => JSON.stringify(o)).join(" "));
