# Default object behaviour: identity-based ==/hash, default __repr__ shape, __class__, __dict__, __init__ errors.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
r = repr(a)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(a) == repr(a))
print(a.__class__ is Plain, type(a).__name__, a.__dict__, Plain.__bases__, Plain.__module__)
class WithInit:
    def __init__(self, v):
        self.v = v
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), a.__eq__(1))
print(isinstance(a, object), issubclass(Plain, object), Plain.__name__, Plain.__doc__, sorted(vars(a)))
a.__dict__["dyn"] = 1
print(a.dyn, a.__dict__)
class Cls:
    pass
x = Cls()
x.__class__ = Plain
print(type(x).__name__, isinstance(x, Plain))
