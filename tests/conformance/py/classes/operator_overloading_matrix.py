# A small Matrix class with __add__, __mul__ (scalar and matrix), __eq__, __getitem__ tuples, __iter__, __repr__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        return (tuple(r) for r in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * other for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __repr__(self):
        return "Matrix(%r)" % self.rows
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10, (fib ** 90)[0, 1])
a = Matrix([[1, 2], [3, 4]])
print(a + a, a * a, 2 * a, a * 0.5, a == Matrix([[1, 2], [3, 4]]), a != a * 1, list(a))
a[0, 0] = 9
print(a, a * Matrix.identity(2) == a)
