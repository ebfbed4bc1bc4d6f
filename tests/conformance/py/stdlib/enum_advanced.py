# enum extras: StrEnum (3.11), Flag iteration and negation, members with methods, _missing_, enum in match.
from enum import Enum, StrEnum, Flag, auto, IntEnum
class Method(StrEnum):
    GET = auto()
    POST = auto()
print(Method.GET, repr(Method.POST), Method.GET == "get", Method("post"), Method.GET.upper(), list(Method))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(list(rw), ~Perm.R, Perm.RWX & ~Perm.W, Perm(5), bool(Perm.R & Perm.X), len(Perm.RWX))
class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def sides(self):
        return {"circle": 0, "square": 4}[self.value]
print(Shape("CIRCLE"), Shape("Square").sides())
try:
    Shape("triangle")
except ValueError as e:
    print("ValueError:", e)
def describe(s):
    match s:
        case Shape.CIRCLE:
            return "round"
        case Shape.SQUARE:
            return "boxy"
print([describe(s) for s in Shape])
class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH * 2, Level(3), [l.name for l in sorted(Level, reverse=True)], format(Level.HIGH), f"{Level.LOW}")
print(Shape.__members__.keys(), Shape.CIRCLE.__class__.__name__, isinstance(Level.LOW, int))
