# Bit operations on negative and big ints use infinite two's complement.
vals = [0, 1, -1, 5, -5, 2 ** 70, -(2 ** 70), 2 ** 64 - 1, -(2 ** 64) + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1, a >> 3, a << 5)
print(-(2 ** 100) & (2 ** 100 - 1))
print(-(2 ** 100) | 1)
print((2 ** 100) ^ (2 ** 99))
print(-(2 ** 100) ^ (2 ** 99))
print(-1 >> 200, 1 >> 200, -(2 ** 200) >> 199)
print(1 << 200)
print(-3 & -5, -3 | -5, -3 ^ -5)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(bin(-37), hex(-255), oct(-8))
