# Custom iterables fed to builtins and itertools: zip, enumerate, sorted, set, dict, any/all, starmap, islice.
import itertools
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
    def __len__(self):
        return self.n
sq = Squares(6)
print(list(zip(sq, "abcdef")), list(enumerate(sq, 1))[:3], sorted(sq, reverse=True), sorted(set(sq)))
print(dict(zip("xyz", sq)), any(v > 20 for v in sq), all(v >= 0 for v in sq), sum(sq), max(sq), len(sq))
print(list(itertools.islice(sq, 2, 5)), list(itertools.starmap(lambda a, b: a + b, zip(sq, sq))), list(map(pow, sq, [2] * 6)))
print(list(itertools.accumulate(sq)), list(itertools.compress(sq, [1, 0] * 3)), [k for k, _ in itertools.groupby(sorted(v % 3 for v in sq))])
print(tuple(sq), "-".join(map(str, sq)), list(reversed(list(sq))), [*sq, *sq][:8])
a, b, *rest = sq
print(a, b, rest)
