# Generator expressions evaluate lazily: errors appear on iteration, the first iterable is evaluated eagerly.
def noisy(n):
    print("noisy produced", n)
    return n
g = (noisy(i) for i in range(3))
print("generator created")
print(next(g))
print("between")
print(list(g))
try:
    bad = (1 / x for x in [1, 0])
    print("created bad generator")
    print(list(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError on iteration:", e)
try:
    eager = (x for x in undefined_iterable_name)
except NameError as e:
    print("NameError at creation:", e)
def source():
    print("source started")
    yield 1
s = source()
print("source not started yet")
print(list(s))
gen = (x * x for x in range(5))
print(sum(gen), sum(gen))
lazy_chain = (y for y in (x + 1 for x in (noisy(z) for z in range(2))))
print(list(lazy_chain))
