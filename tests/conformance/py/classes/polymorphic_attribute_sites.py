# One attribute/method site seeing instances of many classes (the interpreter's polymorphic
# inline caches, pyperf): reads, method calls and writes stay right as classes are modified,
# instances change shape, and more classes than cache entries pass through.
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def make(n):
    return type("C%d" % n, (Base,), {"kind": "k%d" % n, "get": lambda self, n=n: self.v * n})

classes = [make(n) for n in range(1, 8)]
objs = [c(i) for i, c in enumerate(classes)] + [Base(100)]

def read_all(xs):
    return [(x.v, x.kind, x.get()) for x in xs]

def write_all(xs, d):
    for x in xs:
        x.v = x.v + d

for _ in range(3):
    print(read_all(objs))
write_all(objs, 1)
print(read_all(objs))

# modify a class after the caches are warm
classes[2].kind = "changed"
classes[3].get = lambda self: "new get"
del classes[4].kind
print(read_all(objs))
# an instance attribute now shadows a class attribute
objs[0].kind = "own"
print(read_all(objs))
# new attribute added through a polymorphic write site
def add_w(xs):
    for x in xs:
        x.w = type(x).__name__
for _ in range(2):
    add_w(objs)
print([x.w for x in objs])
# a property replacing a plain attribute
classes[5].v = property(lambda self: "prop")
try:
    print(read_all(objs))
except AttributeError as e:
    print("AttributeError", e)
class S:
    __slots__ = ("v", "kind")
    def get(self):
        return -1
s = S(); s.v = 9; s.kind = "slots"
print(read_all(objs[:3] + [s] + objs[3:4] + [s]))
