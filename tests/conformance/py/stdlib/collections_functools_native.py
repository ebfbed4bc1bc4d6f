# Native _collections and _functools imported directly: deque (maxlen, rotate, subclass), defaultdict, _count_elements, reduce, partial, cmp_to_key.
from _collections import deque, defaultdict, _count_elements
from _functools import reduce, partial, cmp_to_key
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(7), d.count(1))
d.insert(2, "ins")
d.remove("ins")
d.reverse()
print(d, list(reversed(d)), 3 in d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
bounded.appendleft("L")
print(bounded, bounded.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
last3 = deque("abcdefg", 3)
print(last3, deque(range(5))[2], deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([0]) * 3)
d.clear()
print(d, bool(d))
q = deque()
for i in range(100): q.appendleft(i); q.append(-i)
s = 0
while q: s += q.popleft()
print(s)
try:
    deque([1]).index(5)
except ValueError as e: print(e)
class MyD(deque):
    pass
print(MyD([1,2]), isinstance(MyD(), deque))
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], len(dd), dict(dd))
ci = defaultdict(int, {"x": 5}, y=2)
ci["z"] += 1
print(ci, ci.default_factory)
n = defaultdict()
try:
    n[1]
except KeyError as e:
    print("KeyError", e)
c = {}
_count_elements(c, "abracadabra")
print(c)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.args, p.keywords, p.func is f)
print(repr(partial(max, 1, key=abs))[:27])
pp = partial(p, 9)
print(pp(), pp.args)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
import itertools
print(list(itertools.islice(deque([1,2,3]), 2)))
