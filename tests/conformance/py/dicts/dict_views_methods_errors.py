# dict views (live, set operations, reversed), dict methods and their errors, recursive reprs, iterator type names.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(reversed(d)), list(reversed(d.items())))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"}, it & {("a", 1)})
print(d.pop("a"), d.pop("zz", None), d.popitem(), d.setdefault("e", 5), d.setdefault("b"), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    for key in d:
        d[key + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict(zip("xy", [1, 2])), dict([("k", "v")], z=0))
e = {"a": 1} | {"b": 2}
e |= {"c": 3}
e |= [("d", 4)]
print(e, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, d.get("x"), d.get("q", "dflt"), d.copy() == d, d.copy() is d)
dd = {}
dd[1] = dd
print(dd, [1, [2, [3]]])
l = [1, 2]
l.append(l)
print(l, repr(l))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(0))).__name__, type(reversed([])).__name__)
print(list(d.keys())[:2], sorted(d.values())[:3], d.keys().isdisjoint({"zz"}))
empty = {}
print(empty, empty.keys(), {}.items(), bool({}), bool(empty.keys()))
