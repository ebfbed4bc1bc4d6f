// length is one past the largest index; writing length truncates; holes are not own properties.
const a = [1, 2, 3];
a[10] = "far";
console.log(a.length, 5 in a, a[5], Object.keys(a));
a.length = 2;
console.log(a, a[10]);
a.length = 4;
console.log(a, 3 in a);
const h = [, , 3];
console.log(h.length, 0 in h, Object.keys(h), h.indexOf(undefined), h.findIndex((x) => x === undefined));
const sparse = [];
sparse[2] = "c";
sparse[0] = "a";
console.log(sparse, sparse.length, JSON.stringify(sparse));
let iterated = 0;
for (const v of sparse) iterated++;
let forEached = 0;
sparse.forEach(() => forEached++);
console.log(iterated, forEached);
const arr = [];
arr["2"] = "string index";
arr["02"] = "not an index";
arr[-1] = "negative";
console.log(arr.length, Object.keys(arr));
try { arr.length = -1; } catch (e) { console.log(e.name); }
console.log([...[, "x"]], [, "x"].entries().next().value);
