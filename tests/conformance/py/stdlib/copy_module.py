# copy.copy vs copy.deepcopy of nested structures, cycles, shared references, custom __copy__/__deepcopy__.
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s"}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(6)
print(sh, dp, sh["list"] is orig["list"], dp["list"] is orig["list"])
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[2] is cc, cc is not cyc)
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
class Obj:
    def __init__(self, items):
        self.items = items
o = Obj([1, 2])
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
o.items.append(3)
print(o2.items, o3.items, type(o3).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom copy")
        return Custom(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom(self.v + "-deep")
print(copy.copy(Custom("x")).v, copy.deepcopy([Custom("y")])[0].v)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
d = {"a": {"b": {"c": [1]}}}
d2 = copy.deepcopy(d)
d2["a"]["b"]["c"].append(2)
print(d, d2)
