# Overriding properties in subclasses, extending a parent's property via super(), and property on class access.
class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def label(self):
        return "shape"
    @property
    def size(self):
        return self._w
    @size.setter
    def size(self, v):
        self._w = self._h = v
class Square(Shape):
    @property
    def label(self):
        return "square<" + super().label + ">"
    @Shape.size.setter
    def size(self, v):
        print("Square.size setter", v)
        Shape.size.fset(self, v)
s = Square(2, 2)
print(s.area, s.label, s.size)
s.size = 5
print(s.area, s.size, type(Shape.__dict__["area"]).__name__, Shape.area.fget(s))
print(isinstance(Square.label, property), Square.size.fget is Shape.size.fget, Square.size.fset is Shape.size.fset)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print(c.value, c.value, c.calls)
