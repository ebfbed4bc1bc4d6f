# Subclassing list, dict, str, int, and Exception; super() calls into builtin methods; isinstance checks.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, isinstance(s, list), s == [1, 2, 3, 4])
class CIDict(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def update(self, *a, **k):
        for key, v in dict(*a, **k).items():
            self[key] = v
d = CIDict({"Name": "x"}, AGE=3)
print(d, d["NAME"], d["age"], "name" in d)
class Shout(str):
    def __str__(self):
        return self.upper()
    def shout(self):
        return self + "!"
sh = Shout("hi")
print(sh, str(sh), repr(sh), sh.shout(), type(sh + "x").__name__, sh == "hi", len(sh))
class Meters(float):
    def __repr__(self):
        return "%gm" % self
    def __add__(self, o):
        return Meters(float(self) + o)
print(Meters(1.5) + 2, repr(Meters(3)), Meters(2) * 2, type(Meters(2) * 2).__name__)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd: %d" % v)
        return super().__new__(cls, v)
print(Even(4), Even(4) + 1, type(Even(4) + 1).__name__)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
