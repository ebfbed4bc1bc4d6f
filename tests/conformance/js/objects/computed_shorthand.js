// Literal syntax: shorthand properties and methods, computed keys, duplicate keys, numeric keys.
const name = "n", value = 1;
let i = 0;
const obj = {
  name, value,
  [`key${++i}`]: i, [`key${++i}`]: i,
  method() { return "m"; },
  "quoted-key": true,
  1.5: "float key", 0x10: "hex key", 1e3: "exp key",
  dup: "first", dup: "second",
};
console.log(obj);
console.log(obj["1.5"], obj[16], obj["1000"], obj.method());
const k = { toString() { return "fromToString"; } };
const o2 = { [k]: 1, [Symbol.toStringTag]: "Tagged" };
console.log(Object.keys(o2), String(o2));
