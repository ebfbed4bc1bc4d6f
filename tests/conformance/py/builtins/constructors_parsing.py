# Built-in constructors and their parsing rules: int/float/str/bool/list/tuple/dict/set/frozenset/bytes/complex.
print(int("  42  "), int("-0x1F", 16), int("0o17", 0), int(3.9), int(-3.9), int("1_000"), int(True))
print(float("  -1.5e3 "), float(".5"), float("5."), float(7), float("-inf"), float("1_000.25"))
print(str(123), str(1.0), str(None), str([1, "a"]), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(), repr(str("q")))
print(bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(-0.0), bool(1j), bool(range(0)))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list(x * 2 for x in range(3)), list({5}))
print(tuple([1, 2]), tuple("hi"), tuple({"k": 0}.items()), tuple(), tuple(range(2)))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])), dict([["k", "v"]]), dict())
print(sorted(set("hello")), sorted(frozenset([3, 1, 3])), set(), set([1, 1, 2]), set({"a": 1}))
print(bytes(4), bytes([104, 105]), bytes("hé", "utf-8"), bytes(b"copy"), bytearray(2), bytes(range(65, 68)))
print(complex(3), complex(1, -2), complex("2+3j"), complex(" 1.5j "), complex(1.5, 0))
for bad in [lambda: int("1.0"), lambda: float("1e"), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: bytes([-1]), lambda: complex("1+2"), lambda: list(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
