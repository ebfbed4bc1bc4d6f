# del on names, list items, slices, dict keys, attributes, and tuple targets.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2, "z": 3}
class O:
    pass
o = O()
o.attr = 5
o.other = 6
del a
del b[0], b[-1]
del b[1:3]
del c["y"]
del o.attr
print("a" in dir(), b, c, vars(o))
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
def f():
    local = 1
    del local
    return "local" in locals()
print(f())
