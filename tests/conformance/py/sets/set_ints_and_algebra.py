# Sets of small ints (deterministic order), set algebra laws, subset chains, frozenset of frozensets.
evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), len(evens | threes), sorted(evens ^ threes)[:5])
print((evens | threes) - (evens & threes) == evens ^ threes, evens - (evens - threes) == evens & threes)
chain = [set(range(n)) for n in range(5)]
print(all(a < b for a, b in zip(chain, chain[1:])), chain[2] <= chain[2], chain[3] > chain[3])
power = {frozenset(s) for s in [(), (1,), (2,), (1, 2)]}
print(len(power), frozenset({1, 2}) in power, sorted(sorted(s) for s in power))
s = set()
for i in range(100):
    s.add(i % 7)
print(sorted(s), len(s), 6 in s, max(s), min(s), sum(s))
a = {1, 2, 3}
a.intersection_update({2, 3, 4})
a.difference_update({3})
a.symmetric_difference_update({2, 9})
print(a)
print(set([1, 2]) == frozenset([1, 2]), {1, 2} | frozenset([3]), frozenset([3]) | {1})
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}), set("aab") == {"a", "b"})
