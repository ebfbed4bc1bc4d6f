# iter()/next() over builtins, exhaustion, iter with sentinel, iterators are their own iterators.
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "default"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
s = iter("xyz")
print(iter(s) is s, list(s))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
chunks = iter(["data1", "data2", "", "data3"])
print(list(iter(lambda: next(chunks), "")))
r = iter(range(3))
print(type(r).__name__, next(r), r.__length_hint__())
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m))
e = enumerate("ab", 10)
print(list(e))
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(x for x in []), operator.length_hint([], 7))
def gen():
    yield 1
g = gen()
print(iter(g) is g, hasattr(g, "__next__"), hasattr([], "__next__"))
nums = [1, 2, 3, 4]
it2 = iter(nums)
for x in it2:
    if x == 2:
        print("skipping", next(it2))
    else:
        print("x", x)
