# A suspended generator or coroutine that becomes garbage is closed: GeneratorExit is raised at
# its yield, so finally blocks and with-blocks' __exit__ run (at gc.collect() here; CPython at
# refcount zero).
import gc

def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)

g = numbers("g")
print(next(g))
del g
gc.collect()
print("after g")

# never started, or run to the end: nothing to close
fresh = numbers("fresh")
del fresh
done = numbers("done")
print(list(done))
del done
gc.collect()
print("after fresh and done")

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)
        return False

def with_block():
    with Ctx():
        yield "inside"

w = with_block()
print(next(w))
w = None
gc.collect()

# the generator sees GeneratorExit and may catch it, but must not yield again
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise

c = catcher()
next(c)
del c
gc.collect()

# yielding again in finally is reported ("ignored GeneratorExit") and the program goes on
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2

s = stubborn()
next(s)
del s
gc.collect()
print("continues")

# a generator in a reference cycle with itself is still closed
def cyclic():
    me = yield
    try:
        yield 1
    finally:
        print("cyclic closed")

cy = cyclic()
next(cy)
cy.send(cy)
del cy
gc.collect()

# a coroutine suspended in an await inside try/finally
class Suspend:
    def __await__(self):
        yield "suspended"

async def task():
    try:
        await Suspend()
    finally:
        print("coroutine finally")

co = task()
print(co.send(None))
del co
gc.collect()

# a generator still suspended at exit is closed then
pending = numbers("pending at exit")
next(pending)
print("end of program")
