# __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            return self.cells[y * self.w + x]
        if isinstance(key, slice):
            return self.cells[key]
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("grid index out of range")
        return self.cells[key]
    def __setitem__(self, key, value):
        x, y = key
        self.cells[y * self.w + x] = value
    def __delitem__(self, key):
        x, y = key
        self.cells[y * self.w + x] = None
    def __contains__(self, v):
        print("contains", v)
        return v in self.cells
g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
del g[0, 0]
print(len(g), g[1, 1], g[2, 0], g[0, 0], g[1:5], g[::-2], g[-1])
print(5 in g, 99 in g, list(g), [v for v in g if v])
try:
    g[6]
except IndexError as e:
    print("IndexError:", e)
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), 25 in OldIter(), list(reversed([1, 2])))
class Rev:
    def __init__(self, d):
        self.d = d
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
    def __reversed__(self):
        return iter("custom reversed")
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(SeqOnly())), sorted(SeqOnly(), reverse=True))
