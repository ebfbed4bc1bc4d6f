// Default sort compares strings of elements; undefined goes last, holes after it; in-place.
console.log([10, 9, 1, 100, 25].sort());
console.log(["b", "a", "C", "B", "c", "A"].sort());
console.log([3, undefined, 1, , 2, undefined].sort());
console.log([true, false, "true", null, "null"].sort());
console.log([-1, -10, 2, -2, 0].sort(), [0.5, 0.25, 1e-7, 3].sort());
const a = [3, 1, 2];
console.log(a.sort() === a, a);
console.log(["é", "e", "z", "ä", "a", "Z"].sort(), ["😀", "a", "\uffff"].sort());
