// for, while, do-while, including empty bodies and loop variables after the loop.
let total = 0;
for (var i = 0; i < 10; i++) total += i;
console.log(total, i);
let k = 10;
while (k --> 0) if (k === 5) break;
console.log(k);
let d = 0;
do d++; while (false);
console.log(d);
let j;
for (j = 0; j < 3; j++);
console.log(j);
const out = [];
for (let a = 0, b = 10; a < b; a += 2, b -= 2) out.push(a * b);
console.log(out);
let steps = 0;
for (;;) { if (++steps === 7) break; }
console.log(steps);
let x = 0;
while (x < 20) { x += 3; if (x % 2) continue; x += 1; }
console.log(x);
