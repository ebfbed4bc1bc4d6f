# Big-integer workloads: pi digits by Machin's formula, big Fibonacci, factorial digit sums, modular exponent.
def arccot(x, unity):
    total = term = unity // x
    n, sign = 3, -1
    while term:
        term //= x * x
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
def pi_digits(d):
    unity = 10 ** (d + 10)
    pi = 4 * (4 * arccot(5, unity) - arccot(239, unity))
    return str(pi // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:])
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f = fib(1000)
print(len(str(f)), str(f)[:20], f % 1000000007)
fact = 1
for i in range(2, 301):
    fact *= i
print(sum(int(c) for c in str(fact)), len(str(fact)), str(fact).rstrip("0")[-10:])
print(pow(3, 10 ** 6, 10 ** 12 + 39), (2 ** 521 - 1) % 1000003, (2 ** 607 - 1).bit_length())
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt_newton(2 * 10 ** 100), isqrt_newton(10 ** 50) == 10 ** 25)
