# abc: ABC, abstractmethod, instantiation error message, abstract properties, register, ABCMeta.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s area=%s perimeter=%s" % (type(self).__name__, self.area(), self.perimeter())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Partial(Shape):
    def area(self):
        return 0
for cls in [Shape, Partial]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Partial.__abstractmethods__)
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Impl(Named):
    @property
    def name(self):
        return "impl"
print(Impl().name)
class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized2), isinstance(5, Sized2))
class Base(ABC):
    pass
Base.register(int)
print(isinstance(5, Base), issubclass(int, Base), issubclass(str, Base), type(Shape).__name__)
class WithSuper(Shape):
    def area(self):
        return super().area()
    def perimeter(self):
        return 0
print(WithSuper().area())
