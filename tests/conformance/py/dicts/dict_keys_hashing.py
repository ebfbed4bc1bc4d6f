# Keys of different types: numeric equality (1 == 1.0 == True), tuples, None, unhashable errors.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[2.5] = "x"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "fs"
print(d, len(d))
print(d[1.0], d[(1, 2)], d[None], d[frozenset({1})])
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError:", e)
big = {10 ** 20: "big", -(10 ** 20): "neg"}
print(big[10 ** 20], big[-(10 ** 20)], 10 ** 20 in big, float(10 ** 20) in big)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
rec = {}
rec["self"] = rec
print(rec)
