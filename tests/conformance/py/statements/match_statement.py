# Structural pattern matching (3.10+): literals, captures, sequences, mappings, classes, guards, or-patterns.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def describe(v):
    match v:
        case 0 | 1:
            return "zero or one"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int() | float():
            return "number %r" % (v,)
        case "":
            return "empty string"
        case str(s):
            return "string of %d" % len(s)
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "seq first=%r rest=%r" % (first, rest)
        case {"type": "circle", "r": r}:
            return "circle r=%r" % r
        case {"type": t, **others}:
            return "shape %s with %s" % (t, sorted(others))
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %d" % yy
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "some point"
        case None:
            return "none"
        case _:
            return "other %s" % type(v).__name__
for v in [0, 1, -5, 7, 2.5, "", "abc", [1, 2], (1, 2, 3), [], {"type": "circle", "r": 2}, {"type": "sq", "w": 1, "h": 2},
          Point(0, 0), Point(0, 3), Point(2, 2), Point(1, 2), None, {1, 2}]:
    print(repr(v), "->", describe(v))
command = "go north"
match command.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case _:
        print("unknown")
