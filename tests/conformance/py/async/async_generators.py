# Async generators: asend, athrow, aclose, async comprehensions over nested async generators.
import asyncio
async def counter(limit):
    i = 0
    try:
        while i < limit:
            received = yield i
            if received is not None:
                i = received
            else:
                i += 1
    finally:
        print("counter cleanup at", i)
async def doubled(agen):
    async for v in agen:
        yield v * 2
async def main():
    c = counter(10)
    print(await c.__anext__(), await c.asend(5), await c.__anext__())
    try:
        await c.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated:", e)
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")
    print([v async for v in doubled(counter(3))])
    c2 = counter(100)
    await c2.__anext__()
    await c2.aclose()
    print(type(counter(1)).__name__)
    result = []
    async def gen_pairs():
        for a in range(2):
            for b in range(2):
                await asyncio.sleep(0)
                yield (a, b)
    async for pair in gen_pairs():
        result.append(pair)
    print(result)
asyncio.run(main())
