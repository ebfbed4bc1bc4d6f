# __enter__/__exit__: ordering, values bound by as, exception info, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as iv:
    print("nested body", iv)
with CM("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppression")
try:
    with CM("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never body")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with (CM("p1") as x1,
      CM("p2") as x2):
    print(x1, x2)
