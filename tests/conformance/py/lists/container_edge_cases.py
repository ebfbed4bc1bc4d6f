# list/tuple/dict edge cases: slice errors, dict mutation during iteration, nested aliasing, unpacking, key equality across int/float/bool.
a = [1, 2, 3, 4, 5]
for bad in [lambda: a[::0], lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: a["x"], lambda: a.__delitem__(10), lambda: (1,)[5], lambda: a.index(1, -2), lambda: [].remove(3), lambda: (1, 2) + [3], lambda: [1] + (2,), lambda: [1] * 1.5, lambda: a < (1,)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(a[-100:-3], a[3:-100:-1], a[10:], a[::-2], (1,), (), [()], [[]] * 2)
x = [[]] * 3
x[0].append(1)
print(x, list(range(0, 10, 3))[::-1], list(reversed(range(0))))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([(2, "b"), (1, "z"), (2, "a")]))
m = {}
m.setdefault("k", []).append(1)
m.setdefault("k", []).append(2)
print(m, list(m.items())[0], dict(sorted({"b": 1, "a": 2}.items())))
s = "hello"
print(s[::-1], s[1:3], s[-1:], s[:-1], s[::2], list(enumerate(s))[:2])
print(list(zip(range(3), "abc", [True, False, None])), [x for x in range(10) if x % 3][::2])
b, *c = range(4); *e, f = "xyz"; (g, h), i = [1, 2], 3
print(b, c, e, f, g, h, i)
print({1: "a", True: "b", 1.0: "c"}, {0.5: 1}[0.5], {(1, 2): 3}[(1, 2)], {frozenset(): 0})
print([1, 2, 3] == (1, 2, 3), [1, [2]] == [1, [2]], (1, 2) < (1, 2, 3), [2] > [1, 9])
t = ([1],)
t[0].append(2)
print(t, len(t[0]), t.count([1, 2]), t.index([1, 2]))
