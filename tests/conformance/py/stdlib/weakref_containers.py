# WeakValueDictionary, WeakKeyDictionary, WeakSet and weakref.finalize drop entries whose
# objects died (at gc.collect())
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd["k%d" % o.n] = o
print(len(wvd), sorted(wvd.keys()))
del objs[1:3]
gc.collect()
print(len(wvd), sorted(wvd.keys()), "k1" in wvd)
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)
print(wvd.get("k2", "gone"), wvd["k0"])
print(sorted(v.n for v in wvd.values()))

wkd = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), sorted(wkd.values()))
dead = keys.pop()
del dead
gc.collect()
print(len(wkd), sorted(wkd.values()), keys[0] in wkd)
keys.clear()
gc.collect()
print(len(wkd), list(wkd.items()))

ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws), sorted(o.n for o in ws))
del items[0]
gc.collect()
print(len(ws), sorted(o.n for o in ws), items[0] in ws)
ws2 = weakref.WeakSet(items)
print(ws == ws2, len(ws | ws2))

# finalize: runs once when the object dies, or when called
log = []
o = Obj(7)
f = weakref.finalize(o, log.append, "finalized 7")
print(f.alive, f.peek()[0] is o)
del o
gc.collect()
print(log, f.alive, f())
o = Obj(8)
f2 = weakref.finalize(o, lambda: log.append("finalized 8") or "result")
print(f2(), f2(), f2.alive)
print(log)
o3 = Obj(9)
f3 = weakref.finalize(o3, log.append, "detached")
print(f3.detach()[0] is o3, f3.alive)
del o3
gc.collect()
print(log)

# a cycle of objects dies as a whole
class Node:
    pass


a = Node()
b = Node()
a.other = b
b.other = a
ra, rb = weakref.ref(a), weakref.ref(b)
del a, b
gc.collect()
print(ra(), rb())

# values reachable only through a WeakValueDictionary die; keys of a WeakKeyDictionary whose
# value refers to the key stay only while the key is otherwise reachable
k = Obj(100)
wkd2 = weakref.WeakKeyDictionary()
wkd2[k] = [k]
gc.collect()
print(len(wkd2))
