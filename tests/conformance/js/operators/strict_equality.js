// === and Object.is differ only on NaN and signed zero.
const pairs = [[NaN, NaN], [0, -0], [1, 1], ["a", "a"], [null, undefined], [{}, {}], [1, "1"]];
for (const [a, b] of pairs) {
  console.log(String(a), String(b), a === b, Object.is(a, b), a !== b);
}
const o = {};
console.log(o === o, [NaN].includes(NaN), [NaN].indexOf(NaN));
