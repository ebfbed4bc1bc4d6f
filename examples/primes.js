// Sieve of Eratosthenes with a typed array, then a summary printed node-style.
function sieve(limit) {
  const composite = new Uint8Array(limit + 1);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = 1;
  }
  return primes;
}

const primes = sieve(100000);
console.log(`${primes.length} primes below 100000; the last five:`, primes.slice(-5));
console.log({ twinPairs: primes.filter((p, i) => primes[i + 1] === p + 2).length });
