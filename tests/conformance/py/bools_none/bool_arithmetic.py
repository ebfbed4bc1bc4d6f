# bool is an int subclass: arithmetic, comparisons, repr and conversions.
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + False).__name__, type(True & 1).__name__)
print(sum([True, True, False, True]), max(True, 0), [1, 2, 3][True])
print(bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(0.0), bool(None))
print(repr(True), str(False), int(True), float(False), f"{True}", f"{True:d}", "%d" % True)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True > False, sorted([True, False, True, 0, 1]), hash(True) == hash(1))
d = {1: "one", True: "true", 1.0: "float"}
print(d)
print(not 0, not "x", not not [], 1 and 2, 0 and 2, 1 or 2, 0 or "" or None or "last")
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
