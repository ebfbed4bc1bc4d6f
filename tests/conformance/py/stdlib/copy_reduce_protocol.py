# object.__reduce_ex__/__reduce__/__getstate__: copy of list/dict subclasses with attributes, __slots__, object(), uncopyable generators, __getstate__/__setstate__.
import copy, copyreg
class L(list):
    pass
l = L([1, 2]); l.x = 5
c = copy.copy(l); d = copy.deepcopy(l)
print(type(c).__name__, c, c.x, d, d.x)
class D(dict):
    pass
dd = D(a=1); dd.y = 2
print(copy.deepcopy(dd), copy.copy(dd).y)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = copy.copy(S())
print(s.a, hasattr(s, "b"))
class P:
    def __init__(self): self.v = [1]
p = P()
print(p.__reduce_ex__(2)[0] is copyreg.__newobj__, p.__reduce_ex__(2)[2], object().__reduce_ex__(4)[1:])
print(copy.copy(object()).__class__.__name__)
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print("TypeError:", e)
class G:
    def __getstate__(self): return {"g": 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g2 = copy.copy(G()); print(g2.g, g2.restored)
print(p.__getstate__(), P().__reduce__()[0].__name__)
