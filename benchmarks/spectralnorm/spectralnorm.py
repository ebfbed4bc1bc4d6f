# spectralnorm: the spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)
# truncated to size x size, by ten rounds of the power method on A^T A; size = n.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time
import math

EXPECTED = {10: 1.2718440192507248, 50: 1.2741938369830932, 100: 1.2742199912349306,
            200: 1.2742236013532107, 500: 1.2742241159529055, 1000: 1.2742241481294836}


def matrix_entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(n, v, out):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(i, j) * v[j]
        out[i] = total


def multiply_atv(n, v, out):
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(j, i) * v[j]
        out[i] = total


def multiply_atav(n, v, out, tmp):
    multiply_av(n, v, tmp)
    multiply_atv(n, tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for i in range(10):
        multiply_atav(n, u, v, tmp)
        multiply_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def verify(result, n):
    if n not in EXPECTED:
        raise Exception("spectralnorm: no expected result for size " + str(n) + " (got " + str(result) + ")")
    if abs(result - EXPECTED[n]) > 1e-12:
        raise Exception("spectralnorm: got " + str(result) + ", expected " + str(EXPECTED[n]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    for i in range(iterations):
        start = time.perf_counter()
        result = spectral_norm(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
