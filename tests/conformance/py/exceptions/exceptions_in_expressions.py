# Exceptions raised inside comprehensions, lambdas, generator expressions, default args and f-strings.
def safe(fn):
    try:
        return fn()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(safe(lambda: [1 / (x - 2) for x in range(4)]))
print(safe(lambda: {k: v for k, v in [(1, 2), (3,)]}))
print(safe(lambda: sum(int(s) for s in ["1", "2", "x"])))
print(safe(lambda: f"{undefined_in_fstring}"))
print(safe(lambda: f"{1 / 0:.2f}"))
print(safe(lambda: sorted([3, 1, 2], key=lambda v: v / (v - 1))))
print(safe(lambda: list(map(int, ["4", "five"]))))
print(safe(lambda: [x for x in range(3)][5]))
print(safe(lambda: dict(a=1)["b"]))
print(safe(lambda: (lambda a, b: a)(1)))
def default_err(x=[][0] if False else 1):
    return x
print(default_err())
try:
    def broken_default(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("ZeroDivisionError at def time:", e)
print(safe(lambda: next(x for x in [] if x)))
print(safe(lambda: "".join([1, 2])))
print(safe(lambda: max(x for x in [])))
