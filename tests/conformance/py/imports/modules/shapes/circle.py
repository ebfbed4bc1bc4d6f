# Helper submodule: uses a parent-relative import.
from ..geometry import area, PI
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(area(self.r), 3)
    def __repr__(self):
        return "Circle(%r)" % self.r
