// copyWithin, and the non-mutating ES2023 methods toReversed/toSorted/toSpliced/with.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 2), [1, 2, 3, 4, 5].copyWithin(-2, 0));
const original = [3, 1, 2];
console.log(original.toReversed(), original.toSorted(), original.toSpliced(1, 1, "new"), original.with(0, "w"), original);
try { original.with(5, 1); } catch (e) { console.log(e.name); }
console.log([, 1].toSorted(), [1, 2, 3].with(-1, "last"));
