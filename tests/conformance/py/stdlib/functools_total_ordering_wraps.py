# functools.total_ordering derived methods, wraps metadata, partialmethod, reduce building dicts.
import functools
@functools.total_ordering
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "M(%d)" % self.v
a, b = Money(1), Money(2)
print(a < b, a > b, a <= b, a >= b, a <= Money(1), b >= a, sorted([b, a, Money(0)]))
print(sorted(n for n in ["__le__", "__gt__", "__ge__"] if n in Money.__dict__))
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    """Docs here."""
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented(3))
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, s):
        self.state = s
    set_alive = functools.partialmethod(set_state, "alive")
c = Cell()
c.set_alive()
print(c.state)
merged = functools.reduce(lambda acc, d: {**acc, **d}, [{"a": 1}, {"b": 2}, {"a": 3}], {})
print(merged)
