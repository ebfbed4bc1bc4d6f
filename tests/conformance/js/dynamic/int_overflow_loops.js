// Integer arithmetic in hot loops that leaves the int32 range, produces -0, or divides unevenly.
let a = 2147483600;
const seen = [];
for (let i = 0; i < 100; i++) { a += 1; if (i > 95) seen.push(a); }
console.log(seen.join(" "), a > 2 ** 31 - 1);
let m = 1;
for (let i = 0; i < 40; i++) m *= 3;
console.log(m, Number.isSafeInteger(m));
let neg = 0;
for (let i = 0; i < 10; i++) neg = -i * 0;
console.log(Object.is(neg, -0), 1 / neg);
let q = 0;
for (let i = 1; i <= 20; i++) q += i / 3;
console.log(q);
let h = 0;
for (let i = 0; i < 1000; i++) h = (h * 31 + i) | 0;
console.log(h);
let u = 0;
for (let i = 0; i < 1000; i++) u = (u * 31 + i) >>> 0;
console.log(u);
let mod = 0;
for (let i = -50; i < 50; i++) mod += i % 7;
console.log(mod, -7 % 7, Object.is(-7 % 7, -0));
let big = 1;
for (let i = 0; i < 1100; i++) big *= 2;
console.log(big, -big, big - big);
