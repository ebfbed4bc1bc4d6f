# Integer math: gcd, lcm, factorial, comb, perm, isqrt, and their errors.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(1, 2, 3, 4, 5), math.lcm(), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 20))
print(math.factorial(0), math.factorial(10), math.factorial(25), len(str(math.factorial(500))))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([n for n in range(2, 60) if all(math.gcd(n, k) == 1 for k in range(2, math.isqrt(n) + 1))])
