# Recursive generators with yield from: tree traversals, permutations, partitions, and lazy infinite recursion.
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)
def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.v:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print(list(inorder(root)), list(preorder(root)))
def permutations(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + p
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list(range(6)))))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))
def nested(depth):
    yield depth
    if depth:
        yield from nested(depth - 1)
print(list(nested(50))[-3:], len(list(nested(200))))
