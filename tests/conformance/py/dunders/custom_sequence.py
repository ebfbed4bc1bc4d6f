# A custom immutable sequence: negative indices, slices returning the same type, len/reversed/index/count, equality.
class Seq:
    def __init__(self, items):
        self._items = tuple(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self._items[i])
        if not -len(self) <= i < len(self):
            raise IndexError("Seq index %d out of range" % i)
        return self._items[i]
    def __eq__(self, o):
        return isinstance(o, Seq) and self._items == o._items
    def __hash__(self):
        return hash(self._items)
    def __repr__(self):
        return "Seq%r" % (self._items,)
    def __add__(self, o):
        return Seq(self._items + tuple(o))
    def __radd__(self, o):
        return Seq(tuple(o) + self._items)
    def __mul__(self, n):
        return Seq(self._items * n)
    def index(self, v):
        for i, x in enumerate(self):
            if x == v:
                return i
        raise ValueError("%r not in Seq" % (v,))
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::-2], s[10:], len(s), list(reversed(s)), "c" in s, s.index("d"))
print(s + [1], [0] + s, s[:2] * 3, s == Seq("abcdef"), s[:3] == s[:3], {s: 1}[Seq("abcdef")])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
a, *b = s[:3]
print(a, b, sorted(s, reverse=True), "".join(s), max(s), s[::-1][0])
