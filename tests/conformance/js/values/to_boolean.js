// Truthiness of every kind of value.
const values = [0, -0, NaN, "", " ", "0", "false", null, undefined, [], {}, 0n, 1n, Infinity, -1,
  function () {}, Symbol()];
for (const v of values) {
  const label = typeof v === "symbol" ? "Symbol()" : typeof v === "function" ? "function" :
    typeof v === "bigint" ? `${v}n` : typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) :
    JSON.stringify(v) ?? String(v);
  console.log(label, Boolean(v), !!v, v ? "truthy" : "falsy");
}
console.log(Object.is(-0, 0), Boolean(new Boolean(false)));
