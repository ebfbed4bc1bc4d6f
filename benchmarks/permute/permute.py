# permute: generates every permutation of an n-element list by recursive swapping, counting calls;
# size = n. The call count obeys c(n) = 1 + (n + 1) * c(n - 1), c(0) = 0, which verifies the run.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Permuter:
    def __init__(self, n):
        self.count = 0
        self.items = []
        for i in range(n):
            self.items.append(i)

    def swap(self, i, j):
        tmp = self.items[i]
        self.items[i] = self.items[j]
        self.items[j] = tmp

    def permute(self, n):
        self.count += 1
        if n != 0:
            last = n - 1
            self.permute(last)
            i = last
            while i >= 0:
                self.swap(last, i)
                self.permute(last)
                self.swap(last, i)
                i -= 1


def run(n):
    permuter = Permuter(n)
    permuter.permute(n)
    return permuter


def verify(permuter, n):
    expected = 1
    for k in range(1, n + 1):
        expected = 1 + (k + 1) * expected
    if permuter.count != expected:
        raise Exception("permute: " + str(permuter.count) + " calls, expected " + str(expected))
    for i in range(n):
        if permuter.items[i] != i:
            raise Exception("permute: list not restored after permuting")


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
