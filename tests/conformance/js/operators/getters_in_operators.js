// Operand evaluation order: left before right, each exactly once.
const log = [];
const v = (name, value) => ({ valueOf() { log.push(name); return value; } });
const r1 = v("a", 1) + v("b", 2) * v("c", 3);
console.log(r1, log.join(""));
log.length = 0;
const r2 = v("a", 2) ** v("b", 3);
console.log(r2, log.join(""));
log.length = 0;
const r3 = v("a", 5) > v("b", 3);
console.log(r3, log.join(""));
log.length = 0;
const obj = {};
const order = [];
function k(n) { order.push(n); return n; }
obj[k("p")] = k("value");
console.log(order.join(","), obj);
