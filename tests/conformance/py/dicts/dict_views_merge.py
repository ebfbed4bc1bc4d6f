# Dict views are live and set-like; | and |= merge; comprehensions; iteration mutation errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), ("a", 1) in it, ("a", 2) in it)
print(d | {"a": 100, "e": 5}, {"e": 5} | d)
d |= {"b": 200}
d |= [("f", 6)]
print(d)
print({k: v * v for k, v in d.items() if v % 2 == 0}, {x: chr(65 + x) for x in range(4)})
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"x": 1, "y": 2})), list(reversed(d.values()))[:3])
print(dict(sorted({"b": 1, "a": 2}.items())), sorted(d, key=d.get)[:3])
print(max(d, key=lambda kk: d[kk]), min(d.values()), sum(d.values()))
print(d.keys() == {"a", "b", "c", "d", "f", "newa"}, isinstance(d.keys(), object))
