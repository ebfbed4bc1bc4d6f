# float methods: is_integer, as_integer_ratio, hex/fromhex, divmod and floor/ceil/trunc conversions.
import math
for v in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (1e300).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(2.9999), math.floor(3.0))
print(type(math.floor(2.5)).__name__, math.floor(1e20))
print(3.0 * 2, 7 / 2, 8 / 2, 1 / 3 * 3, 0.1 * 3, 2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(2.0 ** 10, 10.0 ** -2, 1.5 ** 2, (-2.0) ** 3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float.__name__, float(True), float(-7), 1e3 == 1000, hash(1.5) == hash(1.5), hash(2.0) == hash(2))
