# The default recursion limit (1000) applies to recursion through dunder methods too: __init__,
# __getitem__, __eq__, __repr__ and properties recurse a few hundred deep (CPython counts each dunder call as two levels) without overflowing, and runaway
# recursion raises RecursionError, after which the program carries on.
import sys
print(sys.getrecursionlimit())
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
def depth(node):
    d = 0
    while node:
        node, d = node.child, d + 1
    return d
print(depth(Node(400)))
class Chain:
    def __getitem__(self, i):
        return i if i == 0 else self[i - 1] + 1
print(Chain()[400])
class Deep:
    def __init__(self, n):
        self.n = n
    @property
    def total(self):
        return 0 if self.n == 0 else self.n + Deep(self.n - 1).total
print(Deep(300).total)
class Loop:
    def __getitem__(self, i):
        return self[i + 1]
for make in (lambda: Loop()[0], lambda: Node(10 ** 6)):
    try:
        make()
    except RecursionError:
        print("RecursionError")  # the message depends on where CPython's C recursion check trips
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
print(Chain()[300], depth(Node(300)))
