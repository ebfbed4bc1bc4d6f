# weakref.proxy forwards attribute reads, calls, assignment and deletion to its referent and raises
# ReferenceError once the referent is collected.
import weakref, gc
class C:
    def __init__(self): self.v = 5
    def m(self): return self.v * 2
c = C(); p = weakref.proxy(c)
print(p.v, p.m(), type(p).__name__)
p.w = 7; print(c.w); del p.w; print(hasattr(c, 'w'))
del c; gc.collect()
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
