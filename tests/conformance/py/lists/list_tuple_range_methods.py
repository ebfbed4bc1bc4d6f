# list/tuple methods with start/stop, extended slice assignment and deletion, stable sorts with key/reverse, range and slice objects.
a = [5, 1, 4]
a += (7,)
a *= 2
print(a, a.index(4), a.index(4, 3), a.count(5), [1, 2] * 0, 3 * [0])
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(5, 1, 3)
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
b[2:5] = "ab"
print(b)
b[::2] = [0] * len(b[::2])
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del b[::3]
print(b)
del b[1:3]
print(b, b[::-1], b[-100:100], b[5:2])
c = [3, 1, 2]
c.sort(reverse=True); print(c)
c.sort(key=lambda x: -x); print(c)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), words.sort(key=str.upper), words)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"), [] == [], [[1]] == [[1]])
t = (1, 2, 3)
print(t.index(2), t.count(3), t[::-1], t + (4,), t * 2, hash(t) == hash((1, 2, 3)), hash((1, 2)))
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
l = [1, 2, 3]
l.insert(-1, 9); l.insert(100, 8); l.insert(-100, 0); print(l)
l.remove(9); print(l, l.copy(), l.clear(), l)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
r = range(2, 20, 3)
print(r[1:4], r[::-1], r[-1], len(r), 5 in r, 6 in r, r.index(8), r.count(8), reversed(r).__class__.__name__, list(reversed(r)))
print(range(5) == range(0, 5), range(0) == range(3, 3), hash(range(0)) == hash(range(5, 5)), range(1, 2, 3), range(-3))
print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None, None, -1).indices(5), [1, 2, 3, 4][slice(1, None)])
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*[(1, 'a'), (2, 'b')])), [*range(3), *"ab"], {*range(3)}, {**{"a": 1}, "b": 2})
