# asyncio.TaskGroup (3.11), asyncio.wait with ALL_COMPLETED, shield-free timeouts, results in creation order.
import asyncio
async def step(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return name * n
async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(step("x", 2, log))
        t2 = tg.create_task(step("y", 3, log))
    print(t1.result(), t2.result(), log)
    tasks = [asyncio.create_task(step(c, 1, log)) for c in "pq"]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("in group")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(step("z", 5, []))
    except* ValueError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    r = await asyncio.gather(*(step(c, 1, []) for c in "abc"))
    print(r)
asyncio.run(main())
