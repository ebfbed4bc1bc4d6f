# Generator send(), throw(), close(): values in, exceptions in, GeneratorExit and finally.
def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    try:
        while True:
            try:
                v = yield
                print("echo", v)
            except ValueError as e:
                print("handled inside:", e)
                yield "after-throw"
    finally:
        print("cleanup")
e = echo()
next(e)
e.send("a")
print(e.throw(ValueError("injected")))
next(e)
e.send("b")
e.close()
print("closed")
try:
    e.send("x")
except StopIteration:
    print("send after close -> StopIteration")
g = echo()
try:
    g.send("not started")
except TypeError as err:
    print("TypeError:", err)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("kk"))
except KeyError as err:
    print("propagated", repr(err))
print(list(u))
