# Coroutine objects and awaitables: __await__ on custom classes, send() driving a coroutine by hand, await chains.
import asyncio
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from ()
        return self.value
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return "resumed with %r" % (got,)
async def uses_custom():
    a = await Ready(5)
    b = await Suspend()
    return a, b
coro = uses_custom()
print(coro.send(None))
try:
    coro.send("value!")
except StopIteration as e:
    print("finished:", e.value)
async def leaf(x):
    return x * 2
async def middle(x):
    return await leaf(x) + 1
async def top():
    return [await middle(i) for i in range(4)]
c = top()
try:
    c.send(None)
except StopIteration as e:
    print("driven manually:", e.value)
print(asyncio.run(top()))
async def never_awaited():
    return 1
c2 = never_awaited()
print(type(c2).__name__, c2.cr_running)
c2.close()
async def ready_in_loop():
    return await Ready("ok in event loop")
print(asyncio.run(ready_in_loop()))
