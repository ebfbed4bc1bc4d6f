# Augmented assignment: numbers, overflow into big ints, floats, strings, lists in place,
# user classes with and without __iadd__, attributes and subscripts as targets.
i = 2147483600
for _ in range(3):
    i += 30
print(i, type(i).__name__)
j = -2147483600
j -= 100
print(j)
k = 65536
k *= 65536
print(k)
z = 0
z *= -5
print(z, 0 * -5)
f = 1.5
f += 2
f *= 3
f -= 0.5
print(f)
g = 2
g += 0.25
print(g)
n = 7
n //= 2; print(n)
n %= 2; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 5; n &= 6; n ^= 3; print(n)
t = 1
t /= 4
print(t)
s = "ab"
s += "cd"
s *= 2
print(s)
a = [1]
alias = a
a += (2, 3)
a += [4]
print(a, alias is a)
tu = (1,)
tu2 = tu
tu += (2,)
print(tu, tu2)

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o)
    def __repr__(self): return "V(%r)" % self.v
class W(V):
    def __iadd__(self, o):
        self.v -= o
        return self
v = V(1)
v0 = v
v += 5
print(v, v0, v is v0)
w = W(10)
w0 = w
w += 3
print(w, w is w0)

class Obj:
    pass
o = Obj()
o.count = 0
for x in range(5):
    o.count += x
print(o.count)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", [])
d["b"] += [1]
print(d)
lst = [0, 1.5, "x"]
lst[0] += 1; lst[1] *= 2; lst[2] += "y"
print(lst)
try:
    q = None
    q += 1
except TypeError as e:
    print("TypeError:", e)
try:
    r = "a"
    r -= "b"
except TypeError as e:
    print("TypeError:", e)
