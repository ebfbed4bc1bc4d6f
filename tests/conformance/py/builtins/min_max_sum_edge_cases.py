# Edge cases of min/max/sum/sorted: ties keep first, key errors, mixed numeric types, generators, strings.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]), max([1, 1.0]), max([1.0, 1]), min([True, 1]))
print(max("hello"), min("hello"), max("apple", "banana", key=len), min([[3], [1, 2]]), max({"a": 1, "z": 0}))
print(sum(range(10), start=100), sum([1, 2.5, True]), sum(x / 2 for x in range(4)), sum([[1], [2]], start=[0]))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((2, 1)), sorted({"b": 1, "a": 2}.values()), sorted([], key=len))
try:
    max([1, 2], key=lambda x: "a" if x == 1 else 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(max(iter([3, 9, 2])), min(x * x for x in [-3, 2]), max([], default="none"), min(4, 2, 8, key=lambda v: -v))
print(abs(-3) + abs(-2.5), round(sum([0.1] * 10), 12), all(x > 0 for x in []), any(x > 0 for x in []))
