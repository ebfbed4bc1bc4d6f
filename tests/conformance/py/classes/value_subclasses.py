# Subclasses of int, float and str: results of the base's operations are base-type values,
# __dict__ on instances, unbound base methods, hashing and dict keys, copy, format and pickling hooks.
import copy
class Tag(str):
    pass
t = Tag("Hello")
t.note = "n"
print(t, repr(t), type(t).__name__, t.note, t.__dict__, len(t), t[1:3], type(t[1:3]).__name__)
print(t.upper(), type(t.upper()).__name__, type(str(t)).__name__, t + "!", "!" + t, type("!" + t).__name__)
print(t * 2, 2 * t, type(t * 2).__name__, "%s-%r" % (t, t), f"{t:>8}|", format(t, "^9"), t == "Hello", "Hello" == t)
print({t: 1}["Hello"], {"Hello": 2}[t], hash(t) == hash("Hello"), "ell" in t, list(t)[:2], sorted([Tag("b"), "a"]))
print(t.split("l"), t < "Z", max(Tag("a"), "b"), isinstance(t, str), t.startswith("He"), t.replace("l", "L"))
print(str.upper(t), type(str.lower(t)).__name__, "-".join([t, Tag("x")]), type("".join([t])).__name__, sorted([t, "A"], key=str.lower))
class Num(int):
    def double(self):
        return Num(self * 2)
n = Num(21)
print(n, repr(n), n + 1, type(n + 1).__name__, n.double(), type(n.double()).__name__, -n, abs(Num(-3)), n // 4, n % 4)
print(n == 21, n < 22, 21 == n, [0, 1, 2][Num(1)], "ab" * Num(2), Num(2) * [7], int(n), float(n), hex(n), n.bit_length())
print(Num(2) + Num(3), type(Num(2) + Num(3)).__name__, 2 ** Num(3), divmod(Num(7), 2), round(Num(15), -1), f"{n:05d}", "%d" % n)
print({n: "x"}[21], hash(n) == hash(21), bool(Num(0)), range(Num(3)), int.__add__(n, 1), Num("ff", 16), Num(3.9))
class Money(float):
    def __str__(self):
        return "$%.2f" % self
m = Money(2.5)
print(m, repr(m), str(m), m * 2, type(m * 2).__name__, m + Num(1), f"{m:.3f}", float(m), int(m), m > 2, round(m))
m2 = copy.copy(m)
m.tag = 1
print(m2, type(m2).__name__, copy.deepcopy(Tag("deep")), type(copy.deepcopy(Num(5))).__name__, copy.copy(n) == n)
print(Tag.__mro__[1].__name__, Num.__new__ is int.__new__, n.__getnewargs__(), t.__getnewargs__(), m.__reduce_ex__(2)[1][1:])
for bad in [lambda: int.__new__(5), lambda: int.__new__(str, 1), lambda: str.__new__(Num), lambda: Num("x"), lambda: Tag(1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
u = Upper("abc")
print(u, u.orig, Upper.__new__(Upper, "q"), vars(u))
class Celsius(float):
    def __new__(cls, v=0.0):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __add__(self, o):
        return Celsius(float(self) + o)
c = Celsius(20) + 5
print(c, type(c).__name__, Celsius(), 5 + Celsius(1), type(5 + Celsius(1)).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
