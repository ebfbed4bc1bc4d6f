# classmethod and staticmethod: alternative constructors, calls via class and instance, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-01-15"), MyDate.from_string("1999-12-31"), MyDate(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), [y for y in range(1896, 1912) if MyDate.is_leap(y)])
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__self__.__name__, MyDate.from_string.__self__.__name__)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls
class Sub(Registry):
    pass
Registry.add(1)
Sub.add(2)
print(Registry.items, Sub.items)
sm = staticmethod(lambda x: x * 2)
class Holder:
    double = sm
print(Holder.double(4), Holder().double(5))
