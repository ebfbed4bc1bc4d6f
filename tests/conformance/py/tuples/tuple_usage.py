# Tuples as records and dict keys, returning multiple values, comparison-based sorting, namedtuple-like access.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([3, 9, 4, 1])
print(lo, hi, avg, min_max_avg([5]))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[0, 0], grid[(1, 2)], (1, 2) in grid, sorted(grid))
students = [("bob", 3.5, 20), ("ann", 3.9, 22), ("cid", 3.5, 19)]
print(sorted(students, key=lambda s: (-s[1], s[0])), max(students, key=lambda s: s[2])[0])
t = tuple(range(10))
print(t[2:8:2], t[::-3], t.count(3), t.index(7), len(t), t + (10,), (0,) * 3)
pair = 1, "one"
num, word = pair
print(num, word, pair[::-1], tuple(reversed(pair)), tuple(zip(*[(1, "a"), (2, "b")])))
print((1, 2, 3) == (1, 2, 3), (1, 2) < (1, 2, -1), () < (0,), (1, (2, 3)) < (1, (2, 4)), ("a", 1) < ("b", 0))
print(hash(()) == hash(()), len({(1, 2), (2, 1), (1, 2)}), tuple("hi"), tuple({"a": 1}))
