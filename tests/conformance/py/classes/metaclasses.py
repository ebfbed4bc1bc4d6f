# Metaclasses: __prepare__, __new__/__init__/__call__, class keywords, type(name, bases, ns),
# __instancecheck__/__subclasscheck__, __getattribute__ falling back to __getattr__.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("init", name)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Base(metaclass=Meta, tag="base"):
    def __init__(self, x=0):
        self.x = x

class Child(Base, tag="child"):
    pass

c = Child(5)
print(type(Base).__name__, Base.tag, Child.tag, Child.injected, c.x, isinstance(c, Base))

class Registry:
    subclasses = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Registry.subclasses.append((cls.__name__, key))

class A(Registry, key="a"): pass
class B(A): pass
print(Registry.subclasses, B.key)
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

Dyn = type("Dyn", (A,), {"value": 3, "double": lambda self: self.value * 2})
print(Dyn.__name__, Dyn().double(), Dyn.key, [k.__name__ for k in Dyn.__mro__])

class Evens(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=Evens): pass
print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(int, Even))

class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.where, Holder.second.where)

class Proxy:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
p = Proxy()
print(p.real, p.secret_key, p.other)
print(type(int | str).__name__, int | None, isinstance(3, int | str), list[int], dict[str, list[int]])
try:
    class X(int, str): pass
except TypeError as e:
    print("TypeError:", e)
