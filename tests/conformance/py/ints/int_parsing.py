# int() parsing: bases, prefixes, underscores, whitespace and errors.
print(int("42"), int("  -17  "), int("+8"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 0))
print(int(3.99), int(-3.99), int(True), int("  12\n"))
print(int("123456789" * 5))
print(int("-0"), int("000"), int("00", 0))
for s, base in [("x", 10), ("1__0", 10), ("_1", 10), ("12", 2), ("", 10), ("0x", 16), ("010", 0), ("1.5", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(0x_1F, 0o_17, 0b_1010, 1_000)
