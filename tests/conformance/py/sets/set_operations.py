# set/frozenset operations and methods; comparisons; sorted output for determinism.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([1, 7])))
print({1, 2} < a, {1, 2} <= {1, 2}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
s.discard(42)
s.remove(5)
print(sorted(s), len(s), 2 in s, 42 not in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
x = s.pop()
print(x in {1, 2, 3}, len(s))
s.clear()
print(s, set(), frozenset(), {0}, frozenset([2, 1, 2]))
c = {1, 2, 3}
c &= {2, 3, 4}
c |= {10}
c -= {3}
c ^= {2, 11}
print(sorted(c))
f = frozenset([3, 1, 2])
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({x % 5 for x in range(20)}, sorted({w.lower() for w in ["A", "b", "a", "B"]}))
print({frozenset({1}): "ok"}[frozenset([1])], len({1, 1.0, True}), {(1, 2), (1, 2)})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
