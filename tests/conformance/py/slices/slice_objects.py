# slice objects, indices(), custom __getitem__ receiving slices, negative steps edge cases.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4), slice(10, -10, -3).indices(7))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[1:2, 3], q[..., 1], q[-1:])
data = list(range(10))
for sl in [slice(None, None, -2), slice(8, 2, -2), slice(-1, -11, -1), slice(3, None, -1), slice(None, 3, -1)]:
    print(sl, data[sl])
print("abcdef"[slice(1, None)], (1, 2, 3)[slice(-2, None)], slice(1, 2) == slice(1, 2))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
