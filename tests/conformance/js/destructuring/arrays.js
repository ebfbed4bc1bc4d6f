// Array destructuring: holes, defaults, rest, swapping, nested, from any iterable.
const [a, , b = "default", ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [[p, q], [r]] = [[1, 2], [3]];
console.log(p, q, r);
const [c1, c2, c3] = "hi";
console.log(c1, c2, c3);
const [m1, m2] = new Map([["k", "v"], ["k2", "v2"]]);
console.log(m1, m2);
function* nat() { let n = 0; while (true) yield n++; }
const [n0, n1, n2] = nat();
console.log(n0, n1, n2);
const [d = (console.log("default evaluated"), 5)] = [];
const [e = (console.log("not evaluated"), 5)] = [0];
console.log(d, e);
try { const [z] = null; } catch (err) { console.log(err.name); }
try { const [z] = {}; } catch (err) { console.log(err.name); }
