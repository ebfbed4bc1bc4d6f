# TypeError messages for wrong calls, as CPython prints them.
def f(a, b):
    return a + b
def g(a, /, b, *, c):
    return a
def h(x, *args, y=1, **kw):
    return x
class K:
    def m(self, a):
        return a
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: h(),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(),
    lambda: (lambda: 0)(1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", "2", "3"),
    lambda: "x"(),
    lambda: f(1, **{"b": 2, "a": 1}),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
