# __iter__/__next__ protocol, StopIteration, iterators vs iterables, iter() on non-iterables.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), [x * y for x in c for y in c])
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
for bad in [5, None, 3.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib()
out = []
for v in f:
    if v > 100:
        break
    out.append(v)
print(out, next(f))
a, b, *c = Countdown(5)
print(a, b, c, dict(zip(Countdown(3), "abc")), max(Countdown(4)))
