# match statement: sequence, mapping (**rest), class patterns with __match_args__ and keywords, guards, or-patterns, as, builtin self-matching classes, sub-pattern count errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [x, *rest]: return f"first {x} rest {rest}"
        case {"k": val, **others}: return f"k={val} others={others}"
        case Point(0, 0): return "origin"
        case Point(x, y=0): return f"on x axis at {x}"
        case Point(x=xx, y=yy) if xx == yy: return f"diagonal {xx}"
        case Point(): return "some point"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"string {s!r}"
        case (1, 2): return "tuple 12"
        case _: return "other"
for v in [[], [1], [1, 2, 3], {"k": 1, "z": 2}, Point(0, 0), Point(3, 0), Point(2, 2), Point(1, 5), 7, 2.5, "hi", (1, 2), None, range(2)]:
    print(describe(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
