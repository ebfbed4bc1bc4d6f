// ToString of primitives and objects.
console.log(String(123), String(-0), String(1.5), String(NaN), String(Infinity));
console.log(String(null), String(undefined), String(true));
console.log(String([1, [2, 3]]), String([null, undefined, 1]), String({}));
console.log(String(Symbol("desc")), String(12345678901234567890n));
console.log(`${[1, 2, 3]}` + "|" + `${{ toString() { return "custom"; } }}`);
console.log(String(function f() { return 1; }));
console.log(String(() => 2));
try {
  "" + Symbol("x");
} catch (e) {
  console.log(e.name);
}
