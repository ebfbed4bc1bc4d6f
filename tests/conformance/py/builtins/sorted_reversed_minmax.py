# sorted/reversed/min/max with key and default; sum with start; any/all short circuit.
data = [("a", 3), ("b", 1), ("c", 2), ("d", 3)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed(data))[0], list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), max(3, 1, 2), min("b", "a", "c"))
print(min([], default="empty"), max([], default=None), max([5], default=0), min((x for x in []), default=-1))
print(max([1, 5, 5, 2], key=lambda v: v), max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
calls = []
def chk(v):
    calls.append(v)
    return v
print(any(chk(v) for v in [0, 0, 1, 1]), calls)
calls.clear()
print(all(chk(v) for v in [1, 1, 0, 1]), calls)
print(any([]), all([]), any([0, ""]), all([1, "x"]))
