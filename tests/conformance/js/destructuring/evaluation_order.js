// Destructuring evaluates defaults lazily and left to right, reads getters once, and works in assignment targets.
const log = [];
const src = { get a() { log.push("get a"); return undefined; }, get b() { log.push("get b"); return 2; } };
const def = (name, v) => { log.push("default " + name); return v; };
const { a = def("a", 1), b = def("b", 99), c = def("c", 3) } = src;
console.log(a, b, c, log.join(", "));
const target = {};
const arr = [];
({ x: target.first, y: arr[2] = "dflt", ...target.rest } = { x: 1, z: 3, w: 4 });
console.log(target, arr);
let p, q, rest;
[p, [q, ...rest] = ["nested default", "r1", "r2"]] = ["P"];
console.log(p, q, rest);
const [, , third = "none", ...others] = "ab";
console.log(third, others);
const { length, 0: firstChar, [length - 1]: lastChar } = "hello";
console.log(length, firstChar, lastChar);
function swapPairs(pairs) { return pairs.map(([k, v]) => [v, k]); }
console.log(JSON.stringify(swapPairs([[1, "a"], [2, "b"]])));
