# Dict insertion order, get/setdefault/pop/popitem/update, views, KeyError repr.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d), "a" in d, 20 in d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d, d.keys(), d.values(), d.items())
del d["x"]
print(d, dict.fromkeys("ab", 0), dict(zip("xyz", range(3))), dict(a=1, b=2), dict([(1, 2)]))
for op in [lambda: d["nope"], lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d[("t", 1)]]:
    try:
        op()
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
del d["a"]
d["a"] = 1
print(list(d.items()), d == {"a": 1, "b": 20, "c": 3, "y": 10, "z": 11}, {1: 2} != {1: 3})
e = d.copy()
e.clear()
print(e, d.__len__(), {} == dict())
