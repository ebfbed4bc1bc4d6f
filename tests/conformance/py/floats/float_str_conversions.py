# Conversions among float, str and int: float(str) edge forms, str(float) switching to exponent notation, int(float) truncation.
for s in ["0", "-0", "+1.5", "1e308", "1e309", "-1e309", "2.5e-324", "4e-324", "0x1p3" if False else "3", "  7.25\n", "1_0.5", "infinity", "-iNF", "nan"]:
    print(repr(s), float(s))
for v in [1e15, 1e16, 1.5e16, 123456789012345.6, 0.0001, 0.00001, 1.0e-5, 12345678.9, 1e22, 1.7976931348623157e308]:
    print(str(v), repr(v), "%s" % v, f"{v}")
print([int(x) for x in [0.9, -0.9, 1e10 + 0.5, -2.5, 2 ** 60 + 0.0]])
print(float(True), float(-(10 ** 20)), float(2 ** 63), str(float(2 ** 63)), float("  -0.0  "))
print(float(" 12 ".strip()) == 12, float.is_integer(3.0), (3.5).is_integer(), 1e300 * 1e10 == float("inf"))
