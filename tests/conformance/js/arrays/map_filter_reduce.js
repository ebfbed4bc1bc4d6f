// map/filter/reduce/reduceRight/forEach: callback arguments, holes skipped, initial values.
const nums = [1, 2, 3, 4, 5];
console.log(nums.map((n) => n * n), nums.filter((n) => n % 2), nums.reduce((a, b) => a + b));
console.log(nums.reduce((acc, n, i) => acc + `${i}:${n} `, ">"), nums.reduceRight((acc, n) => acc + n, ""));
console.log(["1", "2", "3"].map(Number), ["a", "b"].map((v, i, arr) => v + i + arr.length));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.message); }
console.log([].reduce((a, b) => a + b, "init"), [7].reduce((a, b) => a + b));
const visited = [];
[1, , 3].forEach((v, i) => visited.push(i));
console.log(visited, [1, , 3].map((x) => x * 2), [, 1].filter(() => true));
const words = ["apple", "kiwi", "banana", "fig"];
const byLength = words.reduce((acc, w) => ({ ...acc, [w.length]: [...(acc[w.length] || []), w] }), {});
console.log(byLength);
const out = [];
const arr = [1, 2, 3];
arr.forEach((v) => { if (v === 1) arr.push(99); out.push(v); });
console.log(out, arr);
console.log(nums.map((n) => [n]).reduce((a, b) => a.concat(b)), [[0, 1], [2, 3]].reduceRight((acc, cur) => acc.concat(cur), []));
