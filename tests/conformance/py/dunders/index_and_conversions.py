# __index__ (used by slicing, bin, range, list indexing), __int__, __float__, __bool__, __len__ conversions.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i2 = Idx(2)
data = list("abcdefg")
print(data[i2], data[i2:Idx(5)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))), "xy" * Idx(2))
print(int(Idx(7)) if hasattr(int, "__index__") else None, operator_index := __import__("operator").index(Idx(9)))
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return "rounded %s" % n
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    data[Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    bin(2.5)
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
