// some/every short-circuit and treat an empty array as false/true respectively.
const calls = [];
const isBig = (n) => { calls.push(n); return n > 10; };
console.log([1, 20, 3, 40].some(isBig), calls.join(","));
calls.length = 0;
console.log([11, 2, 30].every(isBig), calls.join(","));
console.log([].some(() => true), [].every(() => false));
console.log(["a", "b"].every((s) => typeof s === "string"), [0, "", null].some(Boolean));
console.log([, , 1].every((x) => x === 1), [2, 4, 6].every((x, i, arr) => arr.length === 3));
