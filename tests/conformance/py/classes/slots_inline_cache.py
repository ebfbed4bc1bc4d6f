# __slots__ member reads/writes through the attribute inline caches (pyperf): deleted slots, a
# member descriptor stored under another name, a descriptor replaced after the caches are warm.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
class Q(P):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        P.__init__(self, x, y); self.z = z

def tot(ps):
    s = 0
    for p in ps:
        s += p.x + p.y
    return s
ps = [P(i, i * 2) for i in range(50)] + [Q(i, 1, 2) for i in range(50)]
print(tot(ps))
for p in ps:
    p.x = p.x + 1
print(tot(ps))
# delete a slot: reading it must raise again
p = ps[0]
del p.x
for i in range(3):
    try:
        print(p.x)
    except AttributeError as e:
        print("AttributeError", e)
    p.x = i
    print(p.x)
# a member descriptor under another name reads its own slot
P.w = P.__dict__['x']
def readw(o):
    return o.w
q = P(5, 6)
print([readw(q) for _ in range(3)])
# replacing the descriptor with a property after caches are warm
def rx(o): return o.x
print([rx(q) for _ in range(3)])
P.x = property(lambda self: 'prop')
print([rx(q) for _ in range(3)])
try:
    q.y2 = 1
except AttributeError as e:
    print("AttributeError", e)
class R:
    __slots__ = ('a',)
r = R()
for i in range(3):
    try:
        r.b = i
    except AttributeError as e:
        print("AttributeError", e)
    r.a = i
    print(r.a)
