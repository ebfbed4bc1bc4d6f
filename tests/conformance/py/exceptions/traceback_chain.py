# e.__traceback__ starts at the frame that caught the exception; tb_next goes toward the raise
# point; re-raising appends entries as CPython does; linecache gives the source lines.
import os
import sys
import traceback
import linecache


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - BASE))
        tb = tb.tb_next
    return out


BASE = sys._getframe().f_lineno


def inner():
    raise ValueError("boom")


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        return e


e = outer()
print("caught in outer:", names(e.__traceback__))


def reraise_bare():
    try:
        middle()
    except ValueError:
        raise


def reraise_named():
    try:
        middle()
    except ValueError as exc:
        raise exc


for fn in (reraise_bare, reraise_named):
    try:
        fn()
    except ValueError as exc:
        print(fn.__name__, names(exc.__traceback__))
        print(" exc_info same:", sys.exc_info()[2] is exc.__traceback__)

try:
    middle()
except ValueError:
    text = traceback.format_exc()
lines = [l.replace(__file__, os.path.basename(__file__)) for l in text.splitlines()]
print("\n".join(lines))

# with_traceback and print_exception
try:
    inner()
except ValueError as exc:
    e2 = RuntimeError("other").with_traceback(exc.__traceback__)
    print(names(e2.__traceback__))
    out = traceback.format_exception(e2)
    print("".join(out).replace(__file__, os.path.basename(__file__)), end="")

# the source line through linecache
print(repr(linecache.getline(__file__, 1)))

# an exception caught in a with block's __exit__ sees the frames from there
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", names(tb))
        return True

def with_user():
    with CM():
        middle()

with_user()

# finally does not add entries
def fin():
    try:
        inner()
    finally:
        pass

try:
    fin()
except ValueError as exc:
    print("finally", names(exc.__traceback__))

# a generator frame
def gen():
    yield 1
    raise KeyError("g")

try:
    list(gen())
except KeyError as exc:
    print("gen", names(exc.__traceback__))

# native caught: getattr default leaves nothing behind; next() on an exhausted iterator
class A:
    @property
    def p(self):
        inner()

try:
    A().p
except ValueError as exc:
    print("property", names(exc.__traceback__))
