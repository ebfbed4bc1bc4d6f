// Sieve of Eratosthenes with a typed array and with a plain array; both must agree.
function sieveTyped(n) {
  const composite = new Uint8Array(n + 1);
  const primes = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = 1;
  }
  return primes;
}
function sievePlain(n) {
  const flags = new Array(n + 1).fill(true);
  flags[0] = flags[1] = false;
  for (let i = 2; i * i <= n; i++) if (flags[i]) for (let j = i * i; j <= n; j += i) flags[j] = false;
  return flags.reduce((acc, f, i) => (f ? (acc.push(i), acc) : acc), []);
}
const a = sieveTyped(100000);
const b = sievePlain(100000);
console.log(a.length, b.length, a.every((p, i) => p === b[i]));
console.log(a.slice(0, 10).join(" "), "...", a.slice(-3).join(" "));
let twin = 0;
for (let i = 1; i < a.length; i++) if (a[i] - a[i - 1] === 2) twin++;
console.log("twin prime pairs below 100000:", twin);
