// Integer algorithms with Math: gcd, lcm, primes, digit sums, powers mod m.
const gcd = (a, b) => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const lcm = (a, b) => (a / gcd(a, b)) * b;
console.log(gcd(48, 18), gcd(17, 5), lcm(4, 6), [2, 3, 4, 5, 6].reduce(lcm));
function modpow(base, exp, mod) {
  let result = 1;
  base %= mod;
  while (exp > 0) {
    if (exp & 1) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1;
  }
  return result;
}
console.log(modpow(2, 10, 1000), modpow(3, 200, 1009), modpow(7, 0, 13));
const digitSum = (n) => String(n).split("").reduce((s, d) => s + +d, 0);
console.log(digitSum(2 ** 50), Math.floor(Math.log10(2 ** 50)) + 1);
const isqrt = (n) => Math.floor(Math.sqrt(n));
console.log(isqrt(99), isqrt(100), isqrt(2 ** 52));
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2), -7 % 2, ((-7 % 2) + 2) % 2);
