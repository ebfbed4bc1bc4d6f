# storage: allocates a tree of lists, four children per inner node and a leaf list of random
# length (1..10) at the bottom, to stress allocation and the GC; size = tree depth.
# Verified by the node count (4^depth - 1) / 3 and the total leaf length from the generator.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Storage:
    def __init__(self):
        self.count = 0
        self.leaf_slots = 0
        self.random = Random()

    def build(self, depth):
        self.count += 1
        if depth == 1:
            length = self.random.next() % 10 + 1
            self.leaf_slots += length
            return [None] * length
        children = []
        for i in range(4):
            children.append(self.build(depth - 1))
        return children


def leaf_slots(tree, depth):
    if depth == 1:
        return len(tree)
    total = 0
    for child in tree:
        total += leaf_slots(child, depth - 1)
    return total


def run(depth):
    storage = Storage()
    tree = storage.build(depth)
    return [storage, leaf_slots(tree, depth)]


def verify(result, depth):
    storage = result[0]
    expected = (4 ** depth - 1) // 3
    if storage.count != expected:
        raise Exception("storage: " + str(storage.count) + " lists, expected " + str(expected))
    if result[1] != storage.leaf_slots:
        raise Exception("storage: leaves hold " + str(result[1]) + " slots, expected " + str(storage.leaf_slots))


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
