# Float accumulation and arithmetic identities that must match IEEE-754 double results exactly.
s = 0.0
for i in range(1000):
    s += 0.001
print(s, repr(s), s == 1.0)
print(sum([0.1] * 3), 0.1 * 3, 0.3, 1.1 + 2.2, 3.3 * 3, 1e16 + 1, 1e16 + 2, 0.1 ** 2)
print(1 - 1e-16, 1 + 2.220446049250313e-16, 1e308 + 1e308, -1e308 - 1e308, 5e-324 / 2, 2.5e-324)
x = 1.0
for _ in range(60):
    x /= 3.0
print(x)
y = 0.5
for _ in range(20):
    y = 3.9 * y * (1 - y)
print(y)
print([round(i * 0.1, 10) for i in range(5)], [i * 0.1 for i in range(5)])
import math
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), 7.0 // 0.1, 7.0 % 0.1, divmod(-7.5, 0.5))
print(float.fromhex("0x1.fffffffffffffp+1023"), (0.1).hex(), 2 ** -1074, 2.0 ** 0.5 * 2.0 ** 0.5)
