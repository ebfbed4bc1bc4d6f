# Functions as values: compose, currying, map/filter/reduce pipelines, key functions, function registries.
from functools import reduce
def compose(*fs):
    return lambda x: reduce(lambda acc, f: f(acc), reversed(fs), x)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
print({k: f(7, 3) for k, f in ops.items()})
words = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello World  "))
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))
print(list(map(lambda f: f(10), [inc, dbl, str, float, hex])))
