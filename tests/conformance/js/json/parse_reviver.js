// JSON.parse: all value kinds, whitespace, reviver order and deletion, __proto__ as a plain key.
const text = ' { "a" : [1, 2.5e3, -0.5, true, false, null], "b": {"c": "\\u00e9\\n"}, "d": "2020-01-01T00:00:00.000Z" } ';
const obj = JSON.parse(text);
console.log(obj, Object.is(JSON.parse("-0"), -0));
const order = [];
const revived = JSON.parse('{"x": 1, "y": {"z": 2, "w": [3, 4]}}', function (key, value) {
  order.push(key === "" ? "(root)" : key);
  if (typeof value === "number") return value * 100;
  if (key === "w") return undefined;
  return value;
});
console.log(revived, order.join(" "));
const dated = JSON.parse(text, (k, v) => (typeof v === "string" && /^\d{4}-/.test(v) ? new Date(v) : v));
console.log(dated.d instanceof Date, dated.d.getUTCFullYear());
const p = JSON.parse('{"__proto__": {"polluted": true}}');
console.log(Object.keys(p), ({}).polluted, p.polluted, Object.getPrototypeOf(p) === Object.prototype);
console.log(JSON.parse('"str"'), JSON.parse("123"), JSON.parse(" null "), JSON.parse('{"dup": 1, "dup": 2}').dup);
console.log(JSON.parse("[1e400, 12345678901234567890]"));
