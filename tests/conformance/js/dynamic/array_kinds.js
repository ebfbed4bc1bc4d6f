// Arrays moving between element kinds (ints, doubles, objects, holes) while loops read them.
const a = [];
for (let i = 0; i < 20; i++) a.push(i);
let s1 = 0;
for (let i = 0; i < a.length; i++) s1 += a[i];
a[5] = 0.5;
let s2 = 0;
for (let i = 0; i < a.length; i++) s2 += a[i];
a[25] = 1;
let s3 = 0, holes = 0;
for (let i = 0; i < a.length; i++) { if (a[i] === undefined) holes++; else s3 += a[i]; }
a[6] = { valueOf: () => 1000 };
let s4 = 0;
for (let i = 0; i < a.length; i++) s4 += a[i] ?? 0;
console.log(s1, s2, s3, holes, s4, a.length);
const out = [];
for (let i = 0; i < 10; i++) out[i * 2] = i;
console.log(out.length, out.filter(() => true).length, JSON.stringify(out));
const shrink = [1, 2, 3, 4, 5];
let reads = 0;
for (let i = 0; i < 5; i++) { if (i === 2) shrink.length = 3; reads += shrink[i] ?? 100; }
console.log(reads, shrink);
Object.prototype[1] = "from Object.prototype";
const withHole = [0, , 2];
console.log(withHole[1], withHole.indexOf("from Object.prototype"), withHole.includes("from Object.prototype"));
delete Object.prototype[1];
console.log(withHole[1]);
