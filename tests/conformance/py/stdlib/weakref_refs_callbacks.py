# weakref.ref / proxy / callbacks / getweakrefcount on objects that die at gc.collect()
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name)
print(weakref.ref(o) is r, weakref.getweakrefcount(o))
print(type(r).__name__, weakref.ReferenceType is weakref.ref, r.__callback__)
del o
gc.collect()
print("after del:", r())
print(weakref.getweakrefcount(r), repr(r).endswith("; dead>"))

# callbacks run with the dead ref, once
events = []


def cb(ref):
    events.append(("cb", ref() is None, ref is r2))


o = Obj("b")
r2 = weakref.ref(o, cb)
r3 = weakref.ref(o)
print(r2 is r3, r2 == r3, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
print(r2.__callback__ is cb)
del o
gc.collect()
print(events, r2.__callback__)
gc.collect()
print(len(events))

# equality and hashing: by referent while alive, identity once dead; hash is kept
a = Obj("c")
ra1 = weakref.ref(a, lambda r: None)
ra2 = weakref.ref(a, lambda r: None)
print(ra1 == ra2, ra1 != ra2, hash(ra1) == hash(a), hash(ra1) == hash(ra2))
h = hash(ra1)
del a
gc.collect()
print(ra1 == ra2, ra1 == ra1, hash(ra1) == h)
o2 = Obj("d")
rd = weakref.ref(o2)
del o2
gc.collect()
try:
    hash(rd)
except TypeError as e:
    print("TypeError:", e)

# objects that cannot be weakly referenced
for bad in (1, "s", 2.5, None, (1, 2)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

# an exception in a callback is reported (stderr) and does not stop the others
seen = []
o = Obj("e")
weakref.ref(o)
keep = [weakref.ref(o, lambda r: 1 / 0), weakref.ref(o, lambda r: seen.append("second"))]
del o
gc.collect()
print(seen)

# a ref that is itself unreachable does not call back
calls = []
o = Obj("f")
weakref.ref(o, lambda r: calls.append(1))
gc.collect()
del o
gc.collect()
print("unreachable ref callbacks:", calls)

# objects kept alive elsewhere stay
holder = [Obj("g")]
rg = weakref.ref(holder[0])
gc.collect()
print(rg())
holder.clear()
gc.collect()
print(rg())

# subclass of ref with extra state (as weakref.KeyedRef)
class MyRef(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, tag):
        self = super().__new__(cls, ob)
        self.tag = tag
        return self

    def __init__(self, ob, tag):
        super().__init__(ob)


o = Obj("s")
mr = MyRef(o, "t1")
print(mr() is o, mr.tag, isinstance(mr, weakref.ref), mr is weakref.ref(o))
del o
gc.collect()
print(mr(), mr.tag)

# WeakMethod
class C:
    def m(self):
        return 42


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
del c
gc.collect()
print(wm())
