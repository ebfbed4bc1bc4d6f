# contextlib: contextmanager generators, suppress, closing, ExitStack ordering, nullcontext, redirect_stdout.
import contextlib
import io
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
with tag("outer"), tag("inner"):
    print("nested")
try:
    with tag("err"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("continues")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("s%d" % i))
    stack.callback(print, "callback runs first")
    print("body of ExitStack")
with contextlib.nullcontext("value") as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
