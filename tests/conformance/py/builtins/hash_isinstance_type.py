# hash consistency, isinstance with tuples, issubclass, type() one- and three-arg forms.
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0.5) == hash(0.5), hash("a") == hash("a"), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(-1), hash(0), hash(123456), hash(2 ** 61), hash(1.5), hash(-1.5), hash(float("inf")), hash(None) == hash(None))
print(isinstance(5, (str, int)), isinstance("s", (int, float)), isinstance(True, int), isinstance([], (list, (tuple, dict))))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type))
print(type(5), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__, type(5) is int)
T = type("T", (object,), {"a": 1, "m": lambda self: self.a + 1})
t = T()
print(T.__name__, t.a, t.m(), type(t) is T, isinstance(t, T), T.__bases__)
try:
    isinstance(5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance(5, int | str), isinstance(None, int | None))
