# __getattr__ (fallback only), __getattribute__ (always), __setattr__, __delattr__, __dir__.
class Fallback:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("%r has no %r" % (type(self).__name__, name))
f = Fallback()
print(f.existing, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "nope"), getattr(f, "nope", "dflt"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
l = Logged()
l.x = 1
l.x += 1
_ = l.x
del l.x
print(l.log)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__len__())
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen: cannot set %s" % n)
fr = Frozen(3)
try:
    fr.v = 4
except AttributeError as e:
    print("AttributeError:", e, fr.v)
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
class Plain:
    def __init__(self):
        self.here = 1
try:
    Plain().there
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
