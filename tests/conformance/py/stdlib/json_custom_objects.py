# json with custom objects: default=, object_hook to rebuild classes, JSONEncoder subclass, indent with nested empties.
import json
from dataclasses import dataclass, asdict
@dataclass
class Point:
    x: int
    y: int
def encode(o):
    if isinstance(o, Point):
        return {"__point__": True, **asdict(o)}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode %s" % type(o).__name__)
def decode(d):
    if d.pop("__point__", False):
        return Point(**d)
    return d
shapes = {"poly": [Point(0, 0), Point(1, 2)], "tags": {"b", "a"}, "empty": {"l": [], "d": {}}}
s = json.dumps(shapes, default=encode, sort_keys=True)
print(s)
back = json.loads(s, object_hook=decode)
print(back)
print(json.dumps(shapes, default=encode, indent=2, sort_keys=True))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    pass
try:
    json.dumps([Weird()])
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("\u2028 \ud83d\ude00 \x7f </script>"), json.loads('"\\u00e9\\/"'))
