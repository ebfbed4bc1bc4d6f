# Inline caches for attributes and method calls must see every change CPython sees.
class A:
    x = 1
    def f(self):
        return "A.f"
    def g(self, a, b=2):
        return ("A.g", a, b)

class B(A):
    pass

def read_x(o):
    return o.x

def call_f(o):
    return o.f()

a, b = A(), B()
for _ in range(3):
    print(read_x(a), read_x(b), call_f(a), call_f(b), a.g(1), b.g(1, 3))

# class attribute replaced, then shadowed in a subclass, then deleted
A.x = 2
print(read_x(a), read_x(b))
B.x = 3
print(read_x(a), read_x(b))
del B.x
print(read_x(a), read_x(b))

# a method replaced on the class, added to a subclass, then removed
A.f = lambda self: "new A.f"
print(call_f(a), call_f(b))
B.f = lambda self: "B.f"
print(call_f(a), call_f(b))
del B.f
print(call_f(a), call_f(b))

# an instance attribute shadows a method (non-data descriptor) ...
a.f = lambda: "instance f"
print(call_f(a), call_f(b))
del a.f
print(call_f(a))

# ... but not a property (data descriptor) added later
class P:
    def __init__(self):
        self.v = 10
def read_v(o):
    return o.v
p = P()
print(read_v(p), read_v(p))
P.v = property(lambda self: "property v")
print(read_v(p))
del P.v
print(read_v(p))

# __class__ assignment changes what a method call means
class C1:
    def who(self):
        return "C1"
class C2:
    def who(self):
        return "C2"
def who(o):
    return o.who()
o1, o2 = C1(), C2()
print(who(o1), who(o2), who(o1), who(o2))

# same shape, different classes at one site
class D1:
    def __init__(self): self.k = "D1.k"
class D2:
    k = property(lambda self: "D2 property")
    def __init__(self): pass
def read_k(o):
    return o.k
for obj in [D1(), D2(), D1(), D2()]:
    print(read_k(obj))

# __getattr__ fallback and __getattribute__ override
class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name): return "missing " + name
def read_real(o): return o.real
def read_other(o): return o.other
g = G()
print(read_real(g), read_other(g), read_real(g), read_other(g))
class H:
    def __getattribute__(self, name): return "H." + name
    def m(self): return "never"
print(H().m, H().anything)

# setting attributes: add, overwrite, property setter added later, __setattr__
class S:
    pass
def set_y(o, v):
    o.y = v
s1, s2 = S(), S()
set_y(s1, 1); set_y(s2, 2); set_y(s1, 3)
print(s1.y, s2.y)
log = []
S.y = property(lambda self: "S.y", lambda self, v: log.append(v))
set_y(s1, 4)
print(s1.y, log)

# __init__ that returns a value, classes with __new__, inline __init__ errors
class R:
    def __init__(self, v):
        self.v = v
print([R(i).v for i in range(3)])
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class N:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.tag = "new"
        return o
    def __init__(self, v):
        self.v = v
n = N(7)
print(n.tag, n.v)
for args in [(), (1, 2)]:
    try:
        R(*args)
    except TypeError as e:
        print("TypeError")
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(50)
print(d.child.child is not None)

# methods of builtin types through the method-call path
lst = []
for i in range(3):
    lst.append(i)
print(lst, "a,b".split(","), {"k": 1}.get("k"), {"k": 1}.get("z", 0), " x ".strip())

# static and class methods called through instances and classes
class M:
    @staticmethod
    def s(x): return ("s", x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
class M2(M):
    pass
for obj in [M(), M2(), M, M2]:
    print(obj.s(1), obj.c(2))

# a callable instance attribute and a class stored as an attribute
class Holder:
    Inner = A
    def __init__(self): self.cb = lambda v: v * 2
h = Holder()
print(h.cb(21), h.Inner().f() if False else type(h.Inner()).__name__)

# bound method objects still work when taken as values
bm = a.g
print(bm(5), bm.__self__ is a)
