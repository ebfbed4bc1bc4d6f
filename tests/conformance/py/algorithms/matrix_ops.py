# Pure-Python matrix multiply, transpose, determinant by Gaussian elimination with Fractions, identity checks.
from fractions import Fraction
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, d = len(m), Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return d
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print(matmul(A, B), [list(r) for r in zip(*B)])
print(det(A), det(B), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]))
n = 30
M = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
I = [[int(i == j) for j in range(n)] for i in range(n)]
print(matmul(M, I) == M, sum(map(sum, matmul(M, M))))
