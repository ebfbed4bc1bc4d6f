# The dict hash table under stress: growth, deletions and re-insertion order, colliding hashes,
# keys whose __eq__ mutates the dict during a lookup, equal keys of different types, popitem,
# clear and reuse, and "changed size during iteration".

d = {}
for i in range(1000):
    d[i * 7] = i
for i in range(0, 1000, 2):
    del d[i * 7]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 1000, 4):
    d[i * 7] = -i
print(len(d), list(d)[:3], list(d)[-3:], sum(d.values()))
print(all(d[k * 7] == (k if k % 2 else -k) for k in range(1000) if k % 2 or k % 4 == 0))

# many deletions without insertions, then reuse
e = {str(i): i for i in range(200)}
for i in range(195):
    del e[str(i)]
print(e)
e["x"] = 1
print(e, len(e))

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return "C(%d)" % self.v

c = {Collide(i): i for i in range(50)}
print(len(c), c[Collide(17)], Collide(49) in c, Collide(50) in c)
for i in range(0, 50, 3):
    del c[Collide(i)]
print(len(c), list(c)[:4], c.get(Collide(3)), c.get(Collide(4)))

# equal keys across types share an entry
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
m2 = {}
m2[2.0] = "a"
m2[2] = "b"
print(m2)

# __eq__ that mutates the dict during the lookup
class Evil:
    def __init__(self, d, h):
        self.d = d
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.d.clear()
        return False

ev = {}
ev[Evil(ev, 7)] = 1
try:
    ev[Evil(ev, 7)] = 2
except Exception as ex:
    print("error", type(ex).__name__)
print(len(ev))

class Grow:
    def __init__(self, d, h):
        self.d = d
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        for i in range(100):
            self.d["g%d" % i] = i
        return False

gd = {}
gd[Grow(gd, 3)] = "first"
print(gd.get(Grow(gd, 3)), len(gd))

# popitem, clear
p = {i: i * i for i in range(10)}
print(p.popitem(), p.popitem(), len(p))
p[100] = 1
print(list(p.items())[-2:])
p.clear()
p["a"] = 1
print(p, p.popitem(), p)
try:
    p.popitem()
except KeyError as ex:
    print("KeyError", ex)

# iteration
q = {i: i for i in range(5)}
try:
    for k in q:
        q[k + 10] = 0
except RuntimeError as ex:
    print(ex)
for k in list(q):
    if k % 2:
        del q[k]
print(q)

# string keys of different widths that are equal
s1 = "caf\u00e9"
s2 = "caf" + chr(0xe9)
t = {s1: 1}
print(t[s2], "\u20ac" in {"\u20ac": 0}, {"a" * 3: 1}["aaa"])

# float keys (a stored nan is found by identity)
nan = float("nan")
f = {nan: 1, 0.5: 2, -0.0: 3}
print(f[nan], f[0.5], f[0], f.get(1.5))

# a large dict and its copy keep the same order
big = {}
for i in range(5000):
    big[(i * 2654435761) % 100003] = i
cp = dict(big)
print(list(cp) == list(big), len(cp), cp == big)
for k in list(big)[::3]:
    del big[k]
print(len(big), sum(big.values()) % 100000, list(big)[:3])
