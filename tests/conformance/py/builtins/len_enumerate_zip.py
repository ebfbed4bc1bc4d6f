# len, enumerate with start, zip (uneven, strict), map with multiple iterables, filter with None.
print(len("abc"), len([1, 2]), len({1: 2}), len(range(5, 10)), len(b"xy"), len(set("aab")), len(()))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), dict(enumerate("xy", -1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "hi")), list(map(int, ["1", "-2"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
print(list(filter(str.isdigit, "a1b2c3")))
