# the gc module: collect, enable/disable, thresholds, is_tracked, callbacks, freeze, timeit
import gc
import weakref

print(gc.collect() >= 0, gc.collect(2) >= 0, gc.collect(generation=1) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())

print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(C))

phases = []


def cb(phase, info):
    phases.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
print(phases)

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

x = C()
objs = gc.get_objects()
print(any(o is x for o in objs), isinstance(objs, list))
del objs

# del + collect frees the object, as CPython's refcounting does
r = weakref.ref(x)
del x
gc.collect()
print(r())

def make_cycle():
    a = C()
    a.self = a
    return weakref.ref(a)


rc = make_cycle()
gc.collect()
print(rc())

import timeit
t = timeit.timeit("x = 1", number=1000)
print(isinstance(t, float), t >= 0)
print(len(timeit.repeat("x = [1, 2]", repeat=2, number=100)))
print(gc.isenabled())
