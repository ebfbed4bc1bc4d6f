# async for with a custom async iterator, async with with a custom async context manager, async generators.
import asyncio
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None)
        return et is KeyError
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Resource("db") as r:
        print("using", r.name)
    async with Resource("suppressing"):
        raise KeyError("x")
    print("after suppression")
    print([v async for v in agen(5)])
    print([v async for v in agen(6) if v % 2 == 0])
    g = agen(3)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    total = 0
    async for v in agen(4):
        total += v
    print("total", total)
asyncio.run(main())
