# with-statement forms: multiple managers, parenthesized groups, as-targets that unpack, exceptions in __exit__.
class CM:
    def __init__(self, name, value=None):
        self.name, self.value = name, value
    def __enter__(self):
        print("enter", self.name)
        return self.value if self.value is not None else self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with CM("pair", (1, 2)) as (a, b):
    print("unpacked", a, b)
with CM("one") as x, CM("two", [0]) as y:
    y.append(x.name)
    print("y", y)
holder = {}
with CM("item", 42) as holder["k"]:
    pass
print(holder)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
def gen_with():
    with CM("in-generator"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("generator finished")
import threading
lock = threading.Lock()
with lock:
    print("lock held:", lock.locked())
print("lock released:", not lock.locked())
