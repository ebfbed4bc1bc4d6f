# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return ends iteration cleanly.
def bad():
    yield 1
    raise StopIteration("leaked")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    for x in it:
        yield x
print(list(safe(iter([1, 2]))))
def with_default(it):
    while (x := next(it, None)) is not None:
        yield x
print(list(with_default(iter("ab"))))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(It()), [x for x in It()])
def gen_catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = gen_catches()
next(g)
g.close()
print("after close", g.gi_frame is None)
