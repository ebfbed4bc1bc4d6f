# Truthiness of builtins and of user classes defining __bool__ or __len__.
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
things = [0, 1, 0.0, 0.5, "", " ", [], [[]], (), (0,), {}, {0: 0}, set(), {0}, range(0), range(1),
          b"", b"\0", None, Empty(), WithLen(0), WithLen(3), WithBool(True), WithBool(False), Both()]
print([bool(t) for t in things])
print(["T" if t else "F" for t in things])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
n = 0
while WithLen(3 - n):
    n += 1
print(n)
