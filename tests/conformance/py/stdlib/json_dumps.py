# json.dumps: indent, sort_keys, separators, ensure_ascii, special floats, default hook, errors.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"z": None, "t": True, "f": False}, "pi": 3.14159, "big": 10 ** 20}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"é": "☃ snow", "q": "\"quoted\"\n"}), json.dumps("é☃", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1.0, 0.1, 1e100, -0.0]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps([]), json.dumps({}), json.dumps({}, indent=2))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1, separators=(",", ": ")))
