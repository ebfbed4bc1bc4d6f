# collections.abc mixins: implementing Mapping, MutableSequence and Set from a few abstract methods.
from collections.abc import Mapping, MutableSequence, Set, Iterable, Sized, Container, Callable, Sequence
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(f["a"], f.get("z", 0), "b" in f, list(f.keys()), list(f.items()), f == {"a": 1, "b": 2}, len(f))
class Vec(MutableSequence):
    def __init__(self, *xs):
        self._x = list(xs)
    def __getitem__(self, i):
        return self._x[i]
    def __setitem__(self, i, v):
        self._x[i] = v
    def __delitem__(self, i):
        del self._x[i]
    def __len__(self):
        return len(self._x)
    def insert(self, i, v):
        self._x.insert(i, v)
    def __repr__(self):
        return "Vec%r" % (tuple(self._x),)
v = Vec(3, 1)
v.append(4)
v.extend([1, 5])
v.reverse()
print(v, v.index(4), v.count(1), v.pop(), 5 in v, list(reversed(v)))
v.remove(1)
v += [9]
print(v, len(v))
class Span(Set):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
    def __iter__(self):
        return iter(range(self.lo, self.hi))
    def __len__(self):
        return self.hi - self.lo
    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)
a, b = Span(0, 5), Span(3, 8)
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Span(0, 10), a.isdisjoint(Span(5, 9)))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(f, Mapping), isinstance(len, Callable), isinstance(3, Iterable), isinstance("", Container))
try:
    class Incomplete(Mapping):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
