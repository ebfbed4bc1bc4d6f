# Allocation-heavy binary trees (GC workload): build, check, and discard trees of several depths.
class Tree:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
def make(depth):
    return Tree(None, None) if depth == 0 else Tree(make(depth - 1), make(depth - 1))
def check(t):
    return 1 if t.left is None else 1 + check(t.left) + check(t.right)
max_depth = 10
stretch = make(max_depth + 1)
print("stretch tree of depth %d\t check: %d" % (max_depth + 1, check(stretch)))
del stretch
long_lived = make(max_depth)
for d in range(4, max_depth + 1, 2):
    iters = 2 ** (max_depth - d + 4)
    total = sum(check(make(d)) for _ in range(iters // 8))
    print("%d\t trees of depth %d\t check: %d" % (iters // 8, d, total))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
def make_tuple(depth):
    return (None, None) if depth == 0 else (make_tuple(depth - 1), make_tuple(depth - 1))
def check_tuple(t):
    return 1 if t[0] is None else 1 + check_tuple(t[0]) + check_tuple(t[1])
print(check_tuple(make_tuple(12)))
