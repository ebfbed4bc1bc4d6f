# Comprehension scoping: loop variables don't leak; first iterable evaluated eagerly in outer scope.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
g = (i * i for i in range(4))
print(type(g).__name__, next(g), list(g), list(g))
class C:
    n = 5
    vals = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)
items = [1, 2, 3]
gen = (v * 10 for v in items)
items = [7, 8]
print(list(gen))
def make():
    return [lambda: k for k in range(3)]
print([f() for f in make()])
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]), "-".join(str(n) for n in range(4)))
print({k: [v for v in range(k)] for k in range(4)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
nested = [[(r, c) for c in range(2)] for r in range(2)]
print(nested)
it = iter(range(10))
print([a + b for a, b in zip(it, it)])
print(list(x for x in (y for y in range(6) if y % 2) if x > 1))
