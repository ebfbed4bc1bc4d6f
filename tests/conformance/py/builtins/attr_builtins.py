# getattr with default, hasattr, setattr, delattr, vars, dir (sorted subset), callable, id is-consistency.
class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
o = Obj()
print(getattr(o, "a"), getattr(o, "b", "default"), getattr(o, "cls_attr"), getattr(o, "method")())
setattr(o, "b", 2)
print(hasattr(o, "b"), o.b, vars(o))
delattr(o, "b")
print(hasattr(o, "b"), vars(o))
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
names = dir(o)
print([n for n in names if not n.startswith("__")], "__init__" in names, names == sorted(names))
print([n for n in dir(Obj) if not n.startswith("_")])
print(callable(o.method), callable(Obj), callable(o), callable(len), callable("x"))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) if False else x is y, id(o) == id(o))
print(sorted(vars(Obj).keys() - {"__dict__", "__weakref__", "__doc__", "__module__"}))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
