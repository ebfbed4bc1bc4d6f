# dataclasses: inheritance of fields, kw_only (3.10+), slots=True, field metadata, __post_init__ validation, compare.
from dataclasses import dataclass, field, fields, KW_ONLY, asdict, is_dataclass
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [1])
    rating: float = field(default=0.0, metadata={"unit": "stars"})
c = Child(1, "c")
print(c, [f.name for f in fields(Child)], fields(Child)[3].metadata["unit"], is_dataclass(c), is_dataclass(Child), is_dataclass(1))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5))
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
@dataclass
class Positive:
    v: int
    def __post_init__(self):
        if self.v <= 0:
            raise ValueError("v must be positive, got %d" % self.v)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
@dataclass(order=True, frozen=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    def __post_init__(self):
        object.__setattr__(self, "sort_index", "23456789TJQKA".index(self.rank))
print(sorted([Card("K", "h"), Card("2", "s"), Card("A", "d")]), asdict(Card("Q", "c")))
