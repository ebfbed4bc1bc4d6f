// The == table over a representative set of values; each row lists which columns are loosely equal.
const values = [
  ["undefined", undefined], ["null", null], ["false", false], ["true", true], ["0", 0], ["1", 1],
  ["-0", -0], ["NaN", NaN], ['""', ""], ['"0"', "0"], ['"1"', "1"], ['" "', " "], ["[]", []],
  ["[0]", [0]], ["[1]", [1]], ["{}", {}], ["Infinity", Infinity], ['"Infinity"', "Infinity"],
];
for (const [name, a] of values) {
  const equal = values.filter(([, b]) => a == b).map(([n]) => n);
  console.log(name.padEnd(10), "==", equal.join(" "));
}
const obj = { valueOf: () => 3 };
console.log(obj == 3, obj == "3", 3 == obj, null == undefined, null == false);
