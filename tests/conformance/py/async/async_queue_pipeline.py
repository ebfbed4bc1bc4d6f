# Producer/consumer with asyncio.Queue, deterministic ordering with sleep(0), wait_for, Event.
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
    await q.put(None)
async def consumer(q, results):
    while True:
        item = await q.get()
        if item is None:
            break
        print("consumed", item)
        results.append(item * item)
async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 5), consumer(q, results))
    print(results)
    ev = asyncio.Event()
    async def waiter():
        print("waiting for event")
        await ev.wait()
        print("event seen")
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("setting event")
    ev.set()
    await t
    r = await asyncio.wait_for(asyncio.sleep(0, result="wait_for result"), timeout=5)
    print(r)
    lock = asyncio.Lock()
    shared = []
    async def critical(name):
        async with lock:
            shared.append(name + ":in")
            await asyncio.sleep(0)
            shared.append(name + ":out")
    await asyncio.gather(critical("x"), critical("y"))
    print(shared)
asyncio.run(main())
