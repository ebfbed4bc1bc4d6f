# property with getter/setter/deleter, read-only properties, computed attributes, validation.
class Temperature:
    def __init__(self, celsius):
        self._c = None
        self.celsius = celsius
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: %r" % v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class Legacy:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "x doubled")
l = Legacy()
l.x = 21
print(l.x, Legacy.x.__doc__, Legacy.x.fget.__name__)
try:
    del l.x
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived"
print(Base().name, Derived().name)
