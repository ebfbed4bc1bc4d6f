# itertools chain, chain.from_iterable, compress, dropwhile, takewhile, filterfalse, groupby, starmap, tee, zip_longest, pairwise.
from itertools import chain, compress, dropwhile, takewhile, filterfalse, groupby, starmap, tee, zip_longest, pairwise
import itertools
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", [3], range(2)])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
for key, grp in groupby("aaabbcaa"):
    print(key, list(grp), end="; ")
print()
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda t: t[0])])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), len(tee("x", 3)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(pairwise("abcd")), list(pairwise([1])), [b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(itertools.islice(itertools.chain.from_iterable(itertools.repeat([1, 2])), 5)))
