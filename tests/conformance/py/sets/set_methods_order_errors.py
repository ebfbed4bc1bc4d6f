# set/frozenset: methods, operators, in-place forms, errors, CPython's iteration order for ints, frozenset hashes, subclasses.
s = {5, 3, 9}
s |= {1, 2}
s &= {1, 2, 3, 9, 100}
s -= {2}
s ^= {7, 9}
print(s, len(s), 3 in s, [4] in [[4]])
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, {9} | fs, fs & {1}, fs - {1}, fs ^ {1, 10}, fs.union([4], (5,)), fs.copy() is fs)
print(set(), frozenset(), set("aab") == {"a", "b"}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == frozenset({1, 2}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [2]
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
d = {frozenset({1, 2}): "a"}
print(d[frozenset([2, 1])], {1, 2} in {frozenset({1, 2})}, hash(frozenset()) , hash(frozenset({1, 2, 3})))
x = {1, 2, 3}
for v in x:
    pass
try:
    for v in x:
        x.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({"b", "a"}), {i * i for i in range(-3, 4)}, set(range(10)) - set(range(0, 10, 2)))
a = set(range(100)); a.difference_update(range(50)); print(len(a), min(a), a.isdisjoint({1, 2}), a.issuperset(range(60, 70)))
b = {1, 2, 3}; b.intersection_update({2, 3, 4}, [3]); print(b)
c = {1, 2}; c.symmetric_difference_update([2, 3]); print(c, c.pop(), c)
print({1, 2}.union(), {True, 1, 1.0}, {0, False, 0.0}, {(1, 2), (2, 1)})
print(repr(set([10, 20, 30, 40, 50, 60, 70, 80, 90])), {-5, -1, 0, 1, 5})
class S(set): pass
print(S([1, 2]), type(S([1]) | {2}).__name__, isinstance(S(), set))
