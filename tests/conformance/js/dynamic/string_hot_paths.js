// String concatenation, indexing and comparison in hot loops, including rope flattening and numbers.
let s = "";
for (let i = 0; i < 2000; i++) s += i % 10;
let digits = 0;
for (let i = 0; i < s.length; i++) if (s[i] === "7") digits++;
console.log(s.length, digits, s.slice(995, 1005));
let mixed = "";
for (let i = 0; i < 10; i++) mixed += i % 2 ? i : "x" + i / 4;
console.log(mixed);
const keys = [];
for (let i = 0; i < 300; i++) keys.push("k" + (i % 30));
const counts = {};
for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
console.log(Object.keys(counts).length, counts.k0, counts.k29);
let cmp = 0;
for (let i = 0; i < 500; i++) { const a = "item" + i, b = "item" + (499 - i); if (a < b) cmp++; }
console.log(cmp);
let code = 0;
for (let i = 0; i < s.length; i++) code = (code + s.charCodeAt(i) * (i + 1)) % 1000003;
console.log(code);
