# round(): half-to-even for ints, correctly rounded for decimal places.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 0.375, 1.0000001, 7.45, 1e20 + 0.5]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 1)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-0.4))
print(round(3.14159, 3), round(2.5, 0), round(0.0), round(-0.0, 1))
print(round(5), round(5, 2), round(15, -1), round(25, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
