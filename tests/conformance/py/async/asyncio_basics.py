# asyncio.run, await, coroutines returning values, gather ordering, sleep(0) interleaving.
import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append("%s-%d" % (name, i))
        await asyncio.sleep(0)
    return name.upper() * steps
async def main():
    res = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(res)
    print(log)
    r = await worker("solo", 1)
    print(r)
    return "main done"
print(asyncio.run(main()))
async def add(x, y):
    return x + y
async def compute():
    total = 0
    for i in range(5):
        total += await add(i, i)
    return total
print(asyncio.run(compute()))
c = add(1, 2)
print(type(c).__name__, asyncio.iscoroutine(c), asyncio.iscoroutinefunction(add))
c.close()
