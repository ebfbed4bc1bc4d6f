# Features of the raytrace and scimark benchmarks (pyclassic): the array module (typecodes,
# item and slice access, repetition, concatenation, tobytes/frombytes, errors), class attributes
# added after the class statement, **kwargs.get defaults, f(*tuple) calls, try/finally around
# returns, clamping with max/min/int, tuple keys through __getitem__/__setitem__.
import array
import math
from array import array as Array


class V(object):
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def scale(self, k):
        return V(k * self.x, k * self.y, k * self.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __eq__(self, o):
        return (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def normalized(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


V.UP = V(0, 1, 0)
V.ZERO = V(0, 0, 0)
assert V(1, 0, 0) - V.UP.scale(0) == V(1, 0, 0)


class Surface(object):
    def __init__(self, **kwargs):
        self.base = kwargs.get('base', (1, 1, 1))
        self.spec = kwargs.get('spec', 0.2)


class Canvas(object):
    def __init__(self, w, h):
        self.bytes = array.array('B', [0] * (w * h * 3))
        for i in range(w * h):
            self.bytes[i * 3 + 2] = 255
        self.w, self.h = w, h

    def plot(self, x, y, r, g, b):
        i = ((self.h - y - 1) * self.w + x) * 3
        self.bytes[i] = max(0, min(255, int(r * 255)))
        self.bytes[i + 1] = max(0, min(255, int(g * 255)))
        self.bytes[i + 2] = max(0, min(255, int(b * 255)))


depth = 0


def shade(x, y):
    global depth
    if depth > 3:
        return (0, 0, 0)
    try:
        depth += 1
        n = V(x - 2, y - 1, 1).normalized()
        if n.y < -0.3:
            return (0, 0, 0)
        return (n.x, n.y + 0.5, 1.5 * n.z)
    finally:
        depth -= 1


c = Canvas(4, 3)
for y in range(3):
    for x in range(4):
        c.plot(x, y, *shade(x, y))
print(c.bytes.tobytes().hex(), depth, Surface(spec=0.5).base, Surface().spec)


class Grid(object):
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.data = Array('d', [0]) * (w * h)

    def __getitem__(self, xy):
        (x, y) = xy
        return self.data[y * self.w + x]

    def __setitem__(self, xy, v):
        (x, y) = xy
        self.data[y * self.w + x] = v


g = Grid(5, 5)
for p in range(3):
    for yy in range(1, 4):
        for xx in range(1, 4):
            g[xx, yy] = 0.25 * (g[xx, yy - 1] + g[xx, yy + 1] + g[xx - 1, yy] + g[xx + 1, yy]) + 1.0
print([round(v, 4) for v in g.data[6:9]])

a = Array('i', range(6))
b = Array('i')
b[:] = a[:]
b[1:3] = Array('i', [7, 8, 9])
print(a, b, len(b), b[-1], b[::2], b[::-3])
b.append(-5)
b.extend([10, 11])
b.insert(0, 42)
print(b.pop(), b.pop(0), b.index(9), b.count(0), 8 in b, 100 in b)
b.remove(7)
b.reverse()
print(b.tolist(), b.typecode, b.itemsize, a + a, 2 * Array('b', [1, -1]))
del b[::2]
print(b, b == Array('i', b.tolist()), b != a, Array('i', [1, 2]) < Array('i', [1, 3]))
f = Array('f', [1.5, 2.25])
d = Array('d', [0.1])
d.frombytes(Array('d', [2.5]).tobytes())
print(f, d, list(iter(d)), Array('u', 'hey'), Array('u', 'hey').tounicode())
print(Array('h', b'\x01\x00\x02\x00'), Array('Q', [2 ** 64 - 1]), Array('q', [-2 ** 63]))
print(array.typecodes, array.ArrayType is Array, repr(Array("d")), Array.__hash__ is None)
e = Array('d', [3.0])
e += Array('d', [4.0])
e *= 2
print(e, [type(v).__name__ for v in (Array('I', [1])[0], Array('d', [1])[0])])
for bad in [lambda: Array('x'), lambda: Array('b', [200]), lambda: Array('B', [-1]),
            lambda: Array('i', [1.5]), lambda: Array('d', ['x']), lambda: a[10],
            lambda: a.__setitem__(slice(0, 1), [1]), lambda: a + Array('d'),
            lambda: Array('i').pop(), lambda: a.remove(99), lambda: a.index(99),
            lambda: Array('i', b'abc'), lambda: Array('i', 'ab'), lambda: a.extend(Array('b')),
            lambda: Array('I', [-1]), lambda: Array('H', [70000])]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        print(type(exc).__name__ + ":", exc)
