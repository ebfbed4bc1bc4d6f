# Misc int behaviour: comparisons across sizes, hashing, conversions, numerator/denominator.
a = 10 ** 20
print(a > 2 ** 64, a < 2 ** 67, a == 10 ** 20, a != a + 1)
print(1 < 2 < 3, 3 > 2 > 2, -(10 ** 30) < -1 < 0)
print(int.__name__, (7).real, (7).imag, (7).numerator, (7).denominator)
print((-7).conjugate(), (12).as_integer_ratio())
print(float(2 ** 60), float(10 ** 20), float(-(2 ** 53) - 1))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(5) == hash(5.0), hash(2 ** 61 - 1), hash(-1), hash(-2))
print(str(-0), repr(10 ** 25), abs(-(2 ** 65)))
print(max(2 ** 70, 3 ** 40), min(-(2 ** 70), -(3 ** 40)))
print(sorted([3 ** 50, 2 ** 80, -(5 ** 30), 0, 7]))
print(round(12345, -2), round(12355, -1), round(-2500, -3), round(10 ** 25 + 5 * 10 ** 5, -6))
print(1 if 2 ** 100 else 0, bool(0), bool(-(2 ** 90)))
print(7 / 2, -7 / 2, 2 ** 64 / 2, 10 ** 30 / 10 ** 28)
print(isinstance(True, int), int.__mro__)
