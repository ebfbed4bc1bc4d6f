# Generator pipelines, infinite generators with islice, generator expressions feeding functions.
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 20)))
def take_while_small(it, limit):
    for x in it:
        if x > limit:
            return
        yield x
print(list(take_while_small((n * n for n in naturals()), 100)))
lines = ["# comment", "a=1", "", "b = 2", "  # indented", "c=3"]
cleaned = (l.strip() for l in lines)
nonempty = (l for l in cleaned if l and not l.startswith("#"))
pairs = (l.split("=") for l in nonempty)
print({k.strip(): int(v) for k, v in pairs})
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
gen = (x for x in range(5))
print(3 in gen, list(gen))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
