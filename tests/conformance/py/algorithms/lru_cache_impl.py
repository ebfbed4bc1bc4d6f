# An LRU cache built on OrderedDict and one on a dict + doubly linked list, checked against each other.
from collections import OrderedDict
class LRU1:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()
    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
class Node:
    __slots__ = ("k", "v", "prev", "next")
    def __init__(self, k=None, v=None):
        self.k, self.v, self.prev, self.next = k, v, None, None
class LRU2:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return -1
        self._unlink(n)
        self._push(n)
        return n.v
    def put(self, k, v):
        if k in self.map:
            self._unlink(self.map[k])
        n = self.map[k] = Node(k, v)
        self._push(n)
        if len(self.map) > self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.k]
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out
a, b = LRU1(4), LRU2(4)
ops = [(i * 37) % 11 for i in range(60)]
results = []
for i, k in enumerate(ops):
    if i % 3 == 0:
        a.put(k, i)
        b.put(k, i)
    else:
        ra, rb = a.get(k), b.get(k)
        assert ra == rb
        results.append(ra)
print(results)
print(list(a.d), b.keys(), list(a.d) == b.keys())
