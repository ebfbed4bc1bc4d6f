# Subclasses of property: abc.abstractproperty, a property carrying extra state, setter/deleter
# keeping the subclass and the docstring, and abstract properties in an ABC.
import abc


class Base(abc.ABC):
    @abc.abstractproperty
    def name(self): ...

    @property
    @abc.abstractmethod
    def size(self): ...


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @property
    def size(self):
        return 3


print(Impl().name, Impl().size, sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)


class typed_property(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, kind=int):
        super().__init__(fget, fset, fdel, doc)
        self.kind = kind


class C:
    def __init__(self):
        self._v = 1

    @typed_property
    def v(self):
        "the value"
        return self._v

    @v.setter
    def v(self, x):
        self._v = x

    @v.deleter
    def v(self):
        self._v = None


c = C()
c.v = 5
print(c.v, type(C.__dict__["v"]).__name__, C.v.__doc__, isinstance(C.v, property), C.v.fget.__name__)
del c.v
print(c.v, C.v.kind if hasattr(C.v, "kind") else "no kind")
p = abc.abstractproperty(lambda s: 1)
print(type(p).__name__, p.__isabstractmethod__, p.__get__(0))
q = property(lambda s: 2, doc="doc kept")
print(q.setter(lambda s, v: None).__doc__)
