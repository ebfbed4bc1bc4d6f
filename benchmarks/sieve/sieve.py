# sieve: Sieve of Eratosthenes over a list of flags; size = the upper limit.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

PRIME_COUNTS = {1000: 168, 5000: 669, 10000: 1229, 100000: 9592, 300000: 25997,
                1000000: 78498, 2000000: 148933}


def sieve(limit):
    flags = [True] * (limit + 1)
    count = 0
    i = 2
    while i <= limit:
        if flags[i]:
            count += 1
            k = i + i
            while k <= limit:
                flags[k] = False
                k += i
        i += 1
    return count


def verify(result, size):
    if size not in PRIME_COUNTS:
        raise Exception("sieve: no expected result for size " + str(size) + " (got " + str(result) + ")")
    if result != PRIME_COUNTS[size]:
        raise Exception("sieve: wrong result " + str(result) + ", expected " + str(PRIME_COUNTS[size]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    for i in range(iterations):
        start = time.perf_counter()
        result = sieve(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
