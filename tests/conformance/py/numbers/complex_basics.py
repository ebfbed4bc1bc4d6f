# complex: literals and repr, the constructor's parsing rules and errors, arithmetic with int and
# float operands, pow, abs, equality and hashing, format specs, __complex__, the numeric tower.
import numbers
print(1j, 2.5J, 0j, -1j, 1 - 1j, -(1j), complex(-0.0, -1.0), complex(0.0, -0.0), 1e16j, (1e-5 + 3j))
print(complex(float("inf"), float("nan")), complex(float("-inf"), 1), complex("nanj"), repr(complex(2, 0)))
print(complex(), complex(3), complex(1, -2), complex(1.5), complex(real=1, imag=2), complex(imag=4))
print(complex(1 + 2j, 1j), complex(2j, 3), complex(True, False), complex(10 ** 20, 1))
for text in ["1+2j", " ( -1.5e-3-2.5E+2J ) ", "j", "-j", "+1.j", "1_0+2_0j", "infj", "-Infinity+NANj", "٣+٤j", "5"]:
    print(repr(text), "->", complex(text))
bad = ["", "1+2", "1 + 2j", "1e", ".j", "0x1j", "1__0j", "(1+2j", "1+2j)", "jj"]
for text in bad:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for args in [(None,), (1, None), ("1", 2), (1, "2"), (b"1",), (1, 2, 3)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError:", e)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 2 * a, a - 0.5, 1 / a, 2 ** b, a ** 2, a ** -1, a ** 0.5)
print(abs(a), abs(-2j), a.conjugate(), a.real, a.imag, (5j).real, bool(0j), bool(1e-300j), (2j) ** 2, 1j ** 1j)
print((-8) ** (1 / 3), (-1) ** 0.5, 0.5 ** 2, pow(2j, 3), sum([1j, 2, 3.5]), (1 + 2j) * 1.5, 3 / (1 + 1j))
for expr in ["(1+2j) / 0", "1j / 0.0", "0j ** -1", "0 ** 1j", "pow(1j, 2, 3)", "1j // 2", "1j % 2", "divmod(1j, 2)",
             "1j < 2j", "abs(1e308 + 1e308j)", "(1e300 + 1e300j) ** 3", "int(1j)", "float(1j)", "~1j", "1j + 'a'"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(1 + 0j == 1, 1j == 1j, 1j != 1j, 2 ** 70 + 0j == 2 ** 70, 2 ** 53 + 1 + 0j == 2 ** 53 + 1, 0.5 + 0j == 0.5, 1j == "1j")
print(hash(1 + 0j) == hash(1), hash(0.5 + 0j) == hash(0.5), hash(1 + 2j), hash(-1 + 0j), {1: "one"}[1 + 0j], len({1, 1.0, 1 + 0j}))
print(format(1 + 2j), format(1 + 2j, "10"), format(1 + 2j, "<20.3f"), format(0j, ""), format(-0.0 + 1j, ""), format(1.5j, ".2"))
print(format(1 + 2j, "+"), format(1234567 + 2j, ","), format(1 + 2j, "e"), format(3j, "g"), format(1 + 2j, "*^16"), f"{2 - 3j!r:>10}|")
for spec in ["010", "=10", "d", "%"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
class Num:
    def __complex__(self):
        return 2 + 3j
class Half:
    def __float__(self):
        return 0.5
class Idx:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
print(complex(Num()), complex(Half()), complex(Idx(), Half()), complex(1, Idx()))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.5, numbers.Complex), issubclass(complex, numbers.Number))
print(type(1j).__name__, type(1j) is complex, (1 + 2j).__getnewargs__(), complex.__complex__(1j), str(1 - 1j), [1j, -1j], (1j,))
z = 1 + 1j
z += 2
z *= 1j
print(z, z == complex(-1, 3), sorted([3j, 1j, 2j], key=abs), max([1 + 1j, 3j, 2], key=abs))
