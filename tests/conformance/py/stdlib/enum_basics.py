# enum: Enum, IntEnum, auto, iteration, name/value, lookup by value and name, members, aliases, Flag.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__), Color.RED in Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.LOW, repr(Prio.HIGH), Prio.MID + 1, Prio.HIGH > Prio.LOW, sorted([Prio.HIGH, Prio.LOW]), Prio(2).name, int(Prio.HIGH))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], (rw & Perm.W).name, Perm(0), bool(Perm(0)), rw.value)
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, int(Mode.B))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return "%s: %.2f" % (self.name.title(), self.gravity)
print([p.describe() for p in Planet], Planet.EARTH.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ONE = auto()
    TWO = auto()
print([a.value for a in Auto], hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
