# Helper submodule: imports a sibling via a relative import.
from .circle import Circle
def area(s):
    return s * s
def circumscribed(s):
    return Circle(s * 2 ** 0.5 / 2)
