# Ellipsis literal, chained assignment, augmented assignment targets, conditional imports, global in nested defs.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
print(..., Ellipsis is ..., [...], {...: "ell"}[...], repr(...))
d = {"k": [0, 0]}
d["k"][1] += 5
d.setdefault("n", 0)
d["n"] -= 1
print(d)
class Obj:
    v = 1
o = Obj()
o.v += 1
print(o.v, Obj.v)
if True:
    import math as m
else:
    import cmath as m
print(m.__name__)
def outer():
    def inner():
        global G
        G = "set by inner"
    inner()
outer()
print(G)
print(not not 0, - - 5, + - 5, ~ ~ 7)
n = 10
n //= 3; n **= 2; print(n)
lst = [1, 2, 3]
lst[1:2] = lst[0:1] = [9]
print(lst)
