# Features of the generators and coroutines benchmarks (pyclassic): recursive generators with
# `yield from` over a tree's __iter__, postponed annotations (from __future__ import annotations,
# `Tree | None` never evaluated), collections.abc.Iterator, and recursive coroutines driven by
# send(None) until StopIteration carries the result.
from __future__ import annotations

from collections.abc import Iterator


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self) -> Iterator[int]:
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input: range) -> Tree | None:
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


t = tree(range(1000))
print(list(tree(range(10))) == list(range(10)), sum(t), max(t), Tree.__init__.__annotations__)
it = iter(t)
print(isinstance(it, Iterator), next(it), next(it), range(10)[3:7], range(10)[3:7][2])


async def fib(n: int) -> int:
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


coro = fib(15)
try:
    while True:
        coro.send(None)
except StopIteration as stop:
    print("fib(15) =", stop.value)
c = fib(3)
print(type(c).__name__, fib.__annotations__)
c.close()


async def fails():
    raise KeyError("k")

try:
    fails().send(None)
except KeyError as e:
    print("KeyError", e)
