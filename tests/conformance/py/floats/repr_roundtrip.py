# float repr is the shortest string that round-trips.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 0.0001234,
        1e22, 1e21, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 100.0,
        3.14159, 2.5, 1e100, 12345678901234567890.0, 0.30000000000000004, 9007199254740993.0]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v)
print(float("1e-7"), float("123e-2"), float(" 1.5 "), float("-.5"), float("5."), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nan"), float("  NaN "))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
