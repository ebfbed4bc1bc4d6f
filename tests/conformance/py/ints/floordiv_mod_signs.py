# Floor division and modulo follow the sign of the divisor (Python semantics, not C's).
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10 ** 30), (-1, 10 ** 30),
         (10 ** 30, -7), (-(10 ** 30), 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)
for a in range(-5, 6):
    print(a, a // 2, a % 2, a // -2, a % -2)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
