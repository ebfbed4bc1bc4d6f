# __del__ runs once when an object becomes unreachable; gc.collect() is where output order is fixed
# (CPython runs it at refcount zero, a tracing collector at its next collection).
import gc
import weakref

log = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

r = Resource("a")
del r
gc.collect()
print("after a")

# several unreachable objects, also in a cycle: all finalized (PEP 442), gc.garbage stays empty
class Logged:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
x, y = Logged("x"), Logged("y")
x.other, y.other = y, x
del x, y
gc.collect()
print(sorted(log), gc.garbage)

# an exception in __del__ is reported (stderr) and ignored
class Bad:
    def __del__(self):
        print("bad __del__ runs")
        raise ValueError("ignored")
b = Bad()
b = None
gc.collect()
print("still running")

# a __del__ that resurrects its object: not called a second time
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)
p = Phoenix()
del p
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("no second call")

# subclass inherits __del__; super().__del__ chains
class Child(Resource):
    def __del__(self):
        print("child of", self.name)
        super().__del__()
c = Child("c")
del c
gc.collect()

# a weak reference to a finalizable object in garbage is dead (and its callback ran) before
# __del__ runs (CPython's collector does this for cycles; at refcount zero it runs __del__ first)
class Watched:
    def __del__(self):
        print("watched __del__, ref alive:", ref() is not None)
w = Watched()
w.me = w
ref = weakref.ref(w, lambda r: print("callback"))
del w
gc.collect()

# __del__ added to the class later applies to instances created afterwards
class Late:
    pass
Late.__del__ = lambda self: print("late __del__")
l = Late()
del l
gc.collect()

# a reachable object is never finalized by a collection
kept = Resource("kept")
gc.collect()
print("kept alive:", kept.name, gc.is_finalized(kept))
print(gc.is_finalized(object()))
print(isinstance(gc.collect(), int))

# objects still reachable at exit are finalized then, as CPython's module teardown does
last = Resource("at exit")
del kept
gc.collect()
print("end of program")
