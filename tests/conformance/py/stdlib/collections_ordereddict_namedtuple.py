# OrderedDict move_to_end/popitem and equality; namedtuple _replace/_asdict/_fields/_make and defaults.
from collections import OrderedDict, namedtuple, ChainMap
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), tuple(p), len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), Point.__name__, hash(p) == hash((1, 2)))
Emp = namedtuple("Emp", "name role salary", defaults=["staff", 0])
print(Emp("ann"), Emp("bob", "boss", 100), Emp._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
R = namedtuple("R", "a b", rename=False)
print(R(1, 2)._replace(b=3), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), cm.maps, cm.new_child({"c": 4})["c"])
