# create_task scheduling order, awaiting tasks, task results, cancellation, exceptions in gather.
import asyncio
order = []
async def job(n, delay_steps):
    order.append("start %d" % n)
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    order.append("end %d" % n)
    return n * 10
async def main():
    t1 = asyncio.create_task(job(1, 3))
    t2 = asyncio.create_task(job(2, 1))
    order.append("tasks created")
    await asyncio.sleep(0)
    order.append("after first sleep")
    r2 = await t2
    r1 = await t1
    print(r1, r2, t1.done(), t2.result())
    print(order)
    async def forever():
        try:
            while True:
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t3 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", t3.cancelled())
    async def fails():
        raise ValueError("task failed")
    res = await asyncio.gather(job(3, 0), fails(), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(fails(), job(4, 0))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0)
asyncio.run(main())
