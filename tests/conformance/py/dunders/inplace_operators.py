# In-place operators: __iadd__ fallback to __add__, rebinding semantics, and the tuple-containing-list += quirk.
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self):
        return "Acc(%r)" % self.v
class AccI(Acc):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
a = Acc(1)
a0 = a
a += 5
print(a, a0, a is a0)
b = AccI(1)
b0 = b
b += 5
print(b, b0, b is b0)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NoIadd()
n += 1
print(n)
x = [1, 2]
y = x
x *= 2
print(x, y is x)
s = "ab"
s2 = s
s += "c"
print(s, s2)
class Matrix:
    def __init__(self, v):
        self.v = v
    def __imatmul__(self, o):
        self.v = self.v * o
        return self
    def __ipow__(self, k):
        self.v **= k
        return self
    def __ifloordiv__(self, k):
        self.v //= k
        return self
m = Matrix(3)
m @= 4
m **= 2
m //= 5
print(m.v)
