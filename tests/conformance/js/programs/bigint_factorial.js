// BigInt workloads: exact factorials, Fibonacci numbers and digit sums.
let f = 1n;
for (let i = 1n; i <= 50n; i++) f *= i;
console.log(f.toString(), f.toString().length);
const fib = (n) => { let a = 0n, b = 1n; for (let i = 0; i < n; i++) [a, b] = [b, a + b]; return a; };
console.log(fib(100), fib(300).toString().length);
const digitSum = (n) => [...n.toString()].reduce((s, d) => s + Number(d), 0);
console.log(digitSum(2n ** 1000n), (2n ** 127n - 1n) % 1000000007n);
