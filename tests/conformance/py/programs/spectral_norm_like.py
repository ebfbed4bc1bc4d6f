# Features of the spectral-norm benchmark (pyclassic): functions passed as values and called with
# one tuple argument that they unpack, list comprehensions over range(len(list(u))), enumerate,
# zip, mixed int/float accumulation, // inside a float division.
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def part_A(i_u):
    i, u = i_u
    s = 0
    for j, u_j in enumerate(u):
        s += eval_A(i, j) * u_j
    return s


def part_At(i_u):
    i, u = i_u
    s = 0
    for j, u_j in enumerate(u):
        s += eval_A(j, i) * u_j
    return s


def AtA(u):
    return times(part_At, times(part_A, u))


n = 40
u = [1] * n
for _ in range(10):
    v = AtA(u)
    u = AtA(v)
vBv = vv = 0
for ue, ve in zip(u, v):
    vBv += ue * ve
    vv += ve * ve
print("%.9f" % (vBv / vv) ** 0.5, type(vBv).__name__, eval_A(3, 4))
