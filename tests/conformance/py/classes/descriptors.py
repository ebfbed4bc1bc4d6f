# Descriptor protocol: __get__/__set__/__delete__/__set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + ("class" if obj is None else "instance")
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(p.nd, Person.nd)
p.__dict__["nd"] = "instance value wins"
p.__dict__["name"] = "ignored: data descriptor wins"
print(p.nd, p.name)
del p.age
print(p.age, type(Person.__dict__["name"]).__name__, Person.name.kind.__name__)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    def __init__(self):
        self.v = 7
    @Method
    def show(self, extra):
        return self.v + extra
print(UsesMethod().show(3))
def plain(self):
    return "bound to " + type(self).__name__
class Host:
    pass
Host.plain = plain
h = Host()
print(h.plain(), plain.__get__(h)(), type(h.plain).__name__, h.plain.__self__ is h, h.plain.__func__ is plain)
