# Rich comparison methods, NotImplemented fallback to reflected, functools.total_ordering.
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b, a == "1.2", a != "1.2")
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("Loud.__lt__", self.n, other.n if isinstance(other, Loud) else other)
        return self.n < (other.n if isinstance(other, Loud) else other)
    def __gt__(self, other):
        print("Loud.__gt__", self.n, other)
        return self.n > other
print(Loud(1) < Loud(2), 5 < Loud(3), Loud(4) > 2)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1, [AlwaysEq()] == [5], AlwaysEq() in [1, 2])
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq(), n in [n])
