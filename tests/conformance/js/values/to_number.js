// ToNumber of strings and other values, as Number() and unary + apply it.
const inputs = ["", "  ", " 42 ", "0x1F", "0o17", "0b101", "1e3", "-1e-3", ".5", "5.", "+7",
  "Infinity", "-Infinity", "infinity", "12px", "1_000", "0x", "\n\t3\n", "00012", "-0", "1e1000"];
for (const s of inputs) {
  console.log(JSON.stringify(s), Number(s), +s);
}
console.log(Number(undefined), Number(null), Number(true), Number(false));
console.log(Number([]), Number([7]), Number([1, 2]), Number({}), Number(new Date(5)));
console.log(Object.is(Number("-0"), -0));
try {
  Number(Symbol("s"));
} catch (e) {
  console.log(e.constructor.name);
}
console.log(Number(10n), typeof Number(10n));
