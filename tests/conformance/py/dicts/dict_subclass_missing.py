# dict subclasses: __missing__, overriding __setitem__ (note: update() bypasses it), UserDict semantics.
from collections import UserDict
class Default0(dict):
    def __missing__(self, key):
        return 0
d = Default0(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), len(d))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l["ABC"] = 1
l.update({"DEF": 2})
print(l)
class LowerUD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
u = LowerUD()
u["ABC"] = 1
u.update({"DEF": 2})
print(u, u.data, isinstance(u, dict), "abc" in u)
class Counting(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
c = Counting(x=1)
print(c["x"], c.get("x"), dict(c), list(c.values()))
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + ", ".join("%s=%r" % kv for kv in sorted(self.items())) + ")"
print(Ordered(b=2, a=1), type(Ordered(a=1) | {"z": 0}).__name__)
