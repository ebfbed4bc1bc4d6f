# Class attributes vs instance attributes, mutable class attribute sharing, dynamic attributes.
class Config:
    defaults = {"debug": False}
    shared = []
    version = 1
    def __init__(self):
        self.local = []
a, b = Config(), Config()
a.shared.append("a")
b.local.append("b")
a.version = 2
print(Config.shared, a.local, b.local, a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
setattr(Config, "added", "dyn")
print(b.added, getattr(a, "missing", "default"), hasattr(a, "local"), vars(a))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
        self.id = Counter.instances
class Sub(Counter):
    pass
c1, c2, s1 = Counter(), Counter(), Sub()
print(Counter.instances, Sub.instances, c1.id, c2.id, s1.id)
Dyn = type("Dyn", (Counter,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.double(), Dyn.__mro__[1].__name__, Dyn.instances, Counter.instances)
class Empty:
    pass
e = Empty()
e.__dict__["via_dict"] = 1
e.attr = 2
print(e.via_dict, sorted(e.__dict__), Empty.__dict__["__module__"])
