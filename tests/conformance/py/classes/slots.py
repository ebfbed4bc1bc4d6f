# __slots__: no __dict__, AttributeError on unknown attrs, inheritance with slots, slot descriptors.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.__dict__["x"]).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(1, 2)
lo.extra = "ok"
print(lo.extra, lo.__dict__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
