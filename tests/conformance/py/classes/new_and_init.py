# __new__ vs __init__: singletons, immutable subclasses, __init__ not called when __new__ returns other.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("new instance")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return "Pos(%d)" % int(self)
print(Pos(-5), Pos(-5) + 1, repr(Pos(-3)), Pos(4) == 4)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Tracked(list):
    def append(self, x):
        print("append", x)
        super().append(x)
t = Tracked([1])
t.append(2)
print(t, len(t), type(t).__name__, t + [3])
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), dict(dd))
