# Attributes a class finds on its metaclass: methods bind to the class, classmethods to the
# metaclass, staticmethods are plain functions, properties and custom descriptors get the class.
import enum


class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj.__name__ if obj else None, owner.__name__)


class Meta(type):
    @classmethod
    def make(mcls, name):
        return (mcls.__name__, name)

    @staticmethod
    def helper(x):
        return x * 2

    def method(cls):
        return cls.__name__

    @property
    def prop(cls):
        return "prop of " + cls.__name__

    d = Desc()


class A(metaclass=Meta):
    pass


class B(A):
    @classmethod
    def make(cls, name):  # the class's own attribute wins over the metaclass's
        return ("B", name)


print(A.make("x"), A.helper(21), A.method(), A.prop, A.d)
print(B.make("y"), B.helper(1), B.method(), B.prop)


def call_through(c):
    return c.make("z")


for c in (A, A, B, B):
    print(call_through(c))

# enum's functional API uses EnumType._get_mixins_, a classmethod of the metaclass
Color = enum.Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value, Color["BLUE"])
Shape = enum.IntEnum("Shape", [("CIRCLE", 1), ("SQUARE", 4)])
print(Shape.SQUARE + 1, Shape(1))
Flags = enum.Flag("Flags", "R W X")
print(Flags.R | Flags.X)
