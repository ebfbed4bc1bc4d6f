# Conditional expressions, lambdas (defaults, closures, immediate calls), chained comparisons.
sign = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 5)])
add = lambda a, b=10, *args, **kw: (a + b, args, sorted(kw))
print(add(1), add(1, 2), add(1, 2, 3, 4, k=5, j=6))
print((lambda: "nullary")(), (lambda *a: len(a))(1, 2, 3), (lambda x: lambda y: x * y)(3)(4))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in adders], [fn(10) for fn in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print(1 < 2 < 3 < 4, 1 < 3 > 2, 1 < 2 > 3, 5 == 5 == 5.0, 1 != 2 != 1, 0 <= 0 < 1 <= 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
print(lambda: 0 if True else 1, (lambda: 0)().__class__.__name__) if False else print("ok", (lambda: None).__name__)
x = 5
print("big" if x > 3 else "small", ("a", "b")[x > 3], x > 3 and "yes" or "no")
print((1 if 0 else 2) + (3 if 1 else 4), [i for i in range(5) if (i if i % 2 else 0)])
