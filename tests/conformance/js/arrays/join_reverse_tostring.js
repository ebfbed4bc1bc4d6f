// join with separators, nullish elements become empty; reverse in place; toString; nested arrays.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [].join(), [7].join("x"));
console.log([null, undefined, 1, , 2].join("|"), [[1, 2], [3, [4]]].join(";"), [1, 2].join(undefined));
const r = [1, 2, 3];
const same = r.reverse();
console.log(r, same === r, [].reverse(), [1, , 3].reverse());
console.log(String([1, [2, [3]]]), [1, 2] + "", [{}].toString());
console.log([1.5, -0, NaN, 1e21].join(","), ["a", "b"].toReversed?.() ?? "no toReversed");
