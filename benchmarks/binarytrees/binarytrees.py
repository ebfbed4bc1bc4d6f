# binarytrees: allocates and walks perfect binary trees (the binary-trees GC benchmark): a stretch
# tree of depth max+1, a long-lived tree of depth max, and many short-lived trees of depths
# 4, 6, ..., max. size = max depth (at least 4). Every check is a node count, so it is verified
# against 2^(d+1) - 1 per tree.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth == 0:
        return Node(None, None)
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


def tree_size(depth):
    size = 1
    for i in range(depth + 1):
        size = size * 2
    return size - 1


def expect(actual, expected, what):
    if actual != expected:
        raise Exception("binarytrees: " + what + " checked " + str(actual) + " nodes, expected " + str(expected))


def run(max_depth):
    if max_depth < 4:
        raise Exception("binarytrees: size must be at least 4")
    total = 0
    stretch = bottom_up(max_depth + 1).check()
    expect(stretch, tree_size(max_depth + 1), "stretch tree")
    total += stretch
    long_lived = bottom_up(max_depth)
    depth = 4
    while depth <= max_depth:
        trees = 1
        for i in range(max_depth - depth + 4):
            trees = trees * 2
        checked = 0
        for i in range(trees):
            checked += bottom_up(depth).check()
        expect(checked, trees * tree_size(depth), "depth " + str(depth))
        total += checked
        depth += 2
    checked = long_lived.check()
    expect(checked, tree_size(max_depth), "long-lived tree")
    return total + checked


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    for i in range(iterations):
        start = time.perf_counter()
        run(size)
        elapsed = time.perf_counter() - start
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
