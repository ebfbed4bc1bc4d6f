# dataclasses: fields, defaults, default_factory, repr, eq, order=True, frozen, asdict/astuple, replace, post_init.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
a = Item("apple", 1.5)
b = Item("apple", 1.5, secret="different")
print(a, a == b, a.tags is not Item("z").tags, [f.name for f in fields(a)], asdict(a), astuple(a))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "dup")]
print(sorted(vs), Version(1, 2) < Version(1, 10), Version(2) > Version(1, 99), vs[0] == vs[3])
@dataclass(frozen=True)
class Point:
    x: int
    y: int
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(p, p.dist2(), hash(p) == hash(Point(3, 4)), {p: "hashable"}[Point(3, 4)], replace(p, y=0))
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, scale=10))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree), tree)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Item.__dataclass_fields__["price"].default)
