// BigInt arithmetic, comparison and mixing rules.
const a = 2n ** 64n;
console.log(a, a + 1n, a * a, -a / 3n, a % 7n);
console.log(typeof a, 5n / 2n, -5n / 2n, -5n % 2n);
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 0n == "", 10n == "10");
try {
  console.log(1n + 1);
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log(BigInt(123), BigInt("0xff"), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(String(12345678901234567890123n), (255n).toString(16));
console.log([3n, 1n, 2n].sort().join(","), 0n ? "t" : "f");
