# Assorted int operations: abs/neg on big values, pow with negative exponents, bool ops, chained comparisons, int().
print(-(2 ** 64), abs(-(2 ** 64)), +(2 ** 64), -(-(2 ** 64)), ~(2 ** 64), -~(2 ** 64))
print(2 ** -2, (-2) ** -3, 0 ** 5, 5 ** 0, (-1) ** (2 ** 70), 1 ** (10 ** 30))
print(0 < 2 ** 64 < 2 ** 65 < 3 ** 41, 2 ** 64 == 18446744073709551616 != 18446744073709551615)
print(int("-" + "1" * 40), int(" +0b1010 ", 2) if False else int("1010", 2), int(b"42"), int(bytearray(b"-7")), int("\u0661\u0662"))
print(sum(range(2 ** 20)), len(range(-(2 ** 40), 2 ** 40, 3)), (2 ** 100) in range(2 ** 101), range(2 ** 70)[-1] == 2 ** 70 - 1)
print(divmod(2 ** 100, 2 ** 50 + 3), (2 ** 100).to_bytes(13, "little").hex(), int.from_bytes((2 ** 100).to_bytes(13, "little"), "little") == 2 ** 100)
print(max(range(10 ** 6)), min(-(10 ** 30), 5), sorted([2 ** 65, -(2 ** 65), 2 ** 64, 0])[1:3], 10 ** 18 * 10 ** 18)
print(12345678901234567890 * 98765432109876543210 % 1000000007, (1 << 127) - 1 == 2 ** 127 - 1, (2 ** 89 - 1) % 179951)
