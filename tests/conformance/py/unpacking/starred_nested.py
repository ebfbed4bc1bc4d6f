# Tuple/list unpacking: starred targets, nested patterns, swaps, in for-loops, errors.
a, b, c = [1, 2, 3]
(d, e), f = (4, 5), 6
first, *rest = range(5)
*init, last = "hello"
h, *mid, t = [1, 2]
x, *y, z = 1, 2, 3, 4, 5
print(a, b, c, d, e, f, first, rest, init, last, h, mid, t, x, y, z)
[p, q], [r, *s] = "pq", "rst"
print(p, q, r, s)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for n, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(n, others)
((m1, m2), (m3, (m4, m5))) = ((1, 2), (3, (4, 5)))
print(m1 + m2 + m3 + m4 + m5)
for bad in [lambda: exec("a, b = 1, 2, 3"), lambda: exec("a, b, c = 1, 2"), lambda: exec("a, *b, c = [1]"), lambda: exec("a, b = 5")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f3(a, b, c):
    return a * 100 + b * 10 + c
print(f3(*[1, 2], 3), f3(*(1,), **{"c": 3, "b": 2}))
obj = {}
obj["k"], obj["j"] = 1, 2
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(obj, lst)
