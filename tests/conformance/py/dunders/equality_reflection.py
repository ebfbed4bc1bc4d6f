# == and != dispatch: subclass reflected methods take priority, NotImplemented on both sides falls back to identity.
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Base.__eq__", type(self).__name__, type(other).__name__)
        if isinstance(other, Base):
            return self.v == other.v
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__", type(self).__name__, type(other).__name__)
        return NotImplemented
print(Base(1) == Derived(1))
print(Derived(1) == Base(1))
print(Base(1) == 1)
print(1 == Base(1))
print(Base(1) != Base(2))
class Ne:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(Ne() != 1, Ne() == 1)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "Lt(%d)" % self.v
print(Lt(1) < Lt(2), Lt(3) > Lt(2), sorted([Lt(3), Lt(1), Lt(2)]), max([Lt(3), Lt(5)]))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError:", e)
