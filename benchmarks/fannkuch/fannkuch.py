# fannkuch: fannkuch-redux; over every permutation of 1..n counts the prefix reversals ("pancake
# flips") until 1 is in front; result = (checksum of alternating flip counts, maximum flips).
# size = n. Expected values are the published ones.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

EXPECTED = {3: [2, 2], 4: [4, 4], 5: [11, 7], 6: [49, 10], 7: [228, 16], 8: [1616, 22], 9: [8629, 30],
            10: [73196, 38]}


def fannkuch(n):
    perm1 = []
    for i in range(n):
        perm1.append(i)
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                tmp = perm[i]
                perm[i] = perm[j]
                perm[j] = tmp
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation in the count-based rotation order.
        while True:
            if r == n:
                return [checksum, max_flips]
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


def verify(result, n):
    if n not in EXPECTED:
        raise Exception("fannkuch: no expected result for size " + str(n) + " (got " + str(result[0]) + ", " + str(result[1]) + ")")
    expected = EXPECTED[n]
    if result[0] != expected[0] or result[1] != expected[1]:
        raise Exception("fannkuch: checksum " + str(result[0]) + " max flips " + str(result[1]) + ", expected " + str(expected[0]) + " and " + str(expected[1]))


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    for i in range(iterations):
        start = time.perf_counter()
        result = fannkuch(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
