# Features of the chaos benchmark (pyclassic): operator overloading with __rmul__ = __mul__,
# callable objects (__call__), for/else, seeded random.randrange/random, "%f" formatting,
# min/max over nested comprehensions, writing a latin-1 text file with '%c' bytes.
import math
import os
import random


class Vec(object):
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        if not isinstance(other, Vec):
            raise ValueError("Can't add Vec to " + str(type(other)))
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def __repr__(self):
        return "Vec(%f, %f, %f)" % (self.x, self.y, self.z)


class Curve(object):
    def __init__(self, points, knots):
        self.points, self.knots = points, knots

    def __len__(self):
        return len(self.points)

    def __call__(self, u):
        for i in range(len(self.knots) - 1):
            if self.knots[i] <= u < self.knots[i + 1]:
                seg = i
                break
        else:
            seg = len(self.knots) - 2
        a, b = self.points[seg], self.points[seg + 1]
        t = (u - self.knots[seg]) / (self.knots[seg + 1] - self.knots[seg])
        return a * (1 - t) + t * b

    def __repr__(self):
        return "Curve(%r, %r)" % (self.points, self.knots)


c = Curve([Vec(0, 0), Vec(1, 2), Vec(3, 1)], [0, 1, 2])
print(c, len(c))
print(c(0.5), c(1.5), c(2))
print(2 * Vec(1, 2, 3), (Vec(1, 1, 1) - Vec(0.5, 0, 2)).mag())
try:
    Vec() + 3
except ValueError as e:
    print(e)
print(min([p.x for curve in [c] for p in curve.points]), max([p.y for curve in [c] for p in curve.points]))

random.seed(1234)
picks = [random.randrange(7) for _ in range(10)]
print(picks, round(random.random(), 12))
total = 0
for i in range(1, 1000):
    total += (c(1 / 999 * i) - c(1 / 999 * (i - 1))).mag()
print("%.6f" % total, int(total / 0.25 * 1.5))

im = [[1] * 4 for _ in range(3)]
im[1][2] = 0
d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "chaos_like_%d" % os.getpid())
os.mkdir(d)
path = os.path.join(d, "img.ppm")
with open(path, "w", encoding="latin1", newline='') as fp:
    fp.write('P6\n%i %i\n%i\n' % (len(im), len(im[0]), 255))
    for j in range(len(im[0])):
        for i in range(len(im)):
            v = im[i][j] * 255
            fp.write('%c%c%c' % (v, v, v))
with open(path, "rb") as fp:
    data = fp.read()
print(len(data), data[:11], data[11:17], data.count(b'\xff'))
with open(path, encoding="latin-1") as fp:
    text = fp.read()
print(len(text), repr(text[-3:]), ord(text[-1]))
try:
    with open(path, "w", encoding="latin1") as fp:
        fp.write("\u20ac")
except UnicodeError as e:
    print(type(e).__name__ if type(e) is UnicodeError else "UnicodeError", "raised")
os.remove(path)
os.rmdir(d)
