# Arbitrary-precision int arithmetic: +, -, *, //, %, ** across the small/big boundary.
a = 2 ** 62
b = a * 4
print(a, b, b - 1, -b)
print(2 ** 63 - 1, 2 ** 63, 2 ** 64 + 1)
x = 123456789012345678901234567890
y = 987654321098765432109876543210
print(x + y, x - y, y - x)
print(x * y)
print(y // x, y % x)
print(x * x * x)
print((x * y) // y == x)
print(-x // 7, -x % 7)
print(10 ** 50 + 1)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 30)
n = 1
for i in range(1, 40):
    n *= i
print(n)
print(n // 10 ** 20, n % 10 ** 20)
print(abs(-10 ** 40), -(-(10 ** 40)))
print((1 << 100) - 1)
print(int("9" * 60) + 1)
