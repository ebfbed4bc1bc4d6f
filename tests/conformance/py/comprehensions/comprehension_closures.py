# Closures created inside comprehensions capture per-iteration values only via defaults or nested scopes.
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
nested = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in late], [f() for f in early], [f() for f in nested])
gen_fns = list((lambda: k) for k in range(2))
print([f() for f in gen_fns])
def make(n):
    return [lambda x, m=m: x * m for m in range(n)]
print([f(10) for f in make(4)])
table = {name: (lambda n: lambda s: s * n)(len(name)) for name in ["a", "bb", "ccc"]}
print({k: f("x") for k, f in table.items()})
x = 10
res = [x + y for y in range(3)]
print(res, [(x, y) for x in range(2) for y in range(x, 2)], x)
outer = 5
print([[outer * i for i in range(j)] for j in range(3)])
