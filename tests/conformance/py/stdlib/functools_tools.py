# functools: reduce, partial, lru_cache with cache_info, cache, cmp_to_key, cached_property, singledispatch.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], "init"), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), two_to(10, 1000), square.func.__name__, square.keywords, two_to.args)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq.cache_info())
@functools.cache
def tri(n):
    return n + tri(n - 1) if n else 0
print(tri(100))
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "c"], key=functools.cmp_to_key(cmp)))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
@functools.singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(5), show([1, 2]), show("s"), show(True))
