# Membership falls back from __contains__ to __iter__ to __getitem__; iteration protocols in builtins.
class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(1 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(4 in WithGetitem(), 5 in WithGetitem(), list(WithGetitem()), sum(WithGetitem()))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for x in self.data:
            yield x * 10
g = GenIter([1, 2, 3])
print(list(g), list(g), 20 in g, sorted(g, reverse=True), dict.fromkeys(g), max(g), tuple(enumerate(g)))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NotIterable()
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
