# Features of the float benchmark (pyclassic): __slots__ classes, chained assignment through an
# attribute, in-place division of attributes, conditional expressions, math.sin/cos/sqrt, repr
# of floats in %s formatting.
from math import sin, cos, sqrt


class P(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<P: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


points = [P(i) for i in range(2000)]
for p in points:
    p.normalize()
best = points[0]
for p in points[1:]:
    best = best.maximize(p)
print(best)
try:
    points[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(points[0], '__dict__'), P.__slots__, sorted(n for n in dir(P) if n in P.__slots__))
