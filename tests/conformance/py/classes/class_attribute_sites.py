# Attributes read on a class itself at a hot site (pyperf's class-receiver caches): plain data,
# functions, staticmethods, classmethods called through the class, descriptors with __get__,
# and class modifications after the caches are warm.
class Direction:
    NONE = 0
    FORWARD = 1
    NAME = "dir"

class Strength:
    def __init__(self, v):
        self.v = v
    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a.v < b.v)
    @staticmethod
    def add(a, b):
        return a + b
    def plain(x):
        return x * 2

class Weak(Strength):
    pass

Strength.REQUIRED = Strength(0)

class Desc:
    def __get__(self, obj, owner):
        return "desc on " + owner.__name__

class WithDesc:
    d = Desc()

def run():
    out = []
    for cls in (Strength, Weak, Strength):
        out.append((Direction.FORWARD, Direction.NAME, cls.stronger(Strength.REQUIRED, Strength(1)),
                    cls.add(1, 2), cls.plain(3), cls.REQUIRED.v, WithDesc.d))
    return out

for _ in range(3):
    print(run())
Direction.FORWARD = 7
Strength.add = staticmethod(lambda a, b: a - b)
Weak.stronger = classmethod(lambda cls, a, b: "weak " + cls.__name__)
Strength.REQUIRED = Strength(5)
Desc.__get__ = lambda self, obj, owner: "new desc"
print(run())
del Direction.NAME
try:
    run()
except AttributeError as e:
    print("AttributeError", e)
f = Strength.stronger
print(f(Strength(1), Strength(0)), f.__self__ is Strength)
