# Operator precedence and associativity: **, unary minus, bitwise, comparisons, boolean ops.
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -1, -2 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 1 << 2 + 1, ~0 + 1, -~5, ~-5)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0, not 0 or 0)
print(3 in [1, 2, 3] == True, (3 in [1, 2, 3]) == True, 2 < 3 in [True])
print("a" "b" * 2, ("a" + "b") * 2, [1] * 2 + [3], -3 % 5, -(3 % 5))
x = 10
x += 5
x -= 2
x *= 3
x //= 4
x **= 2
x %= 50
x <<= 3
x >>= 1
x |= 1
x &= 0xFF
x ^= 0x0F
print(x)
f = 7.0
f /= 2
f -= 0.5
print(f)
s = "ab"
s *= 3
s += "!"
print(s)
lst = [1]
alias = lst
lst += [2]
lst = lst + [3]
print(alias, lst)
t = (1,)
ta = t
t += (2,)
print(ta, t)
