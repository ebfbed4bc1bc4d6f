# __hash__/__eq__ for set and dict membership; __eq__ without __hash__ makes unhashable.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 2), Key(1, 2), Key(3, 4)}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
s = {Collide(i) for i in range(5)} | {Collide(2)}
print(len(s), sorted(s, key=lambda c: c.v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash((1, "a")) == hash((1.0, "a")))
print({1: "a", 1.0: "b"}, {0, 0.0, False}, hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0))
class Inherit(Key):
    pass
print(Inherit(1, 2) == Key(1, 2), hash(Inherit(1, 2)) == hash(Key(1, 2)))
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, x != Default())
