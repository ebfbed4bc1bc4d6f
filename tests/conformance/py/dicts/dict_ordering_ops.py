# Dict insertion order through deletes and reinserts, popitem LIFO, equality ignores order, reversed, copy.
d = {}
for k in "python":
    d[k] = ord(k)
del d["t"]
d["t"] = 0
d["p"] = -1
print(list(d), d)
print(d.popitem(), d.popitem(), list(d))
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), list(reversed(a)), list(reversed(a.items())))
e = dict(a)
e["z"] = 3
print(a, e, dict(sorted(e.items(), key=lambda kv: -kv[1])))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
big[0] = "back"
print(list(big)[-1], list(big)[0])
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, {**nested["a"]["b"], "e": 3})
print(dict.fromkeys(range(3), []), {k: [] for k in range(2)})
