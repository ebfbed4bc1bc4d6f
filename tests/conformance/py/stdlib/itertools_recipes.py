# Classic itertools recipes: grouper, roundrobin, unique_everseen, flatten, sliding window, powerset, partition.
from itertools import islice, chain, zip_longest, cycle, combinations, tee, filterfalse, groupby
import collections
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
def roundrobin(*its):
    nexts = cycle(iter(it).__next__ for it in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
def sliding(it, n):
    d = collections.deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def partition(pred, it):
    a, b = tee(it)
    return list(filterfalse(pred, a)), list(filter(pred, b))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding(range(6), 3)), list(powerset([1, 2, 3])), partition(lambda x: x % 2, range(10)))
print([k for k, g in groupby("AAAABBBCCD")], [list(g) for k, g in groupby("AAAABBBCCD")])
print(list(islice(chain.from_iterable(zip(cycle("ab"), range(4))), 10)))
