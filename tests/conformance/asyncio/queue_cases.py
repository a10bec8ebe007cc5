# Queue: several producers and consumers, cancelled getters and putters, reprs, join.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    log = []

    async def producer(name, items):
        for i in items:
            await q.put(f"{name}{i}")
            log.append(f"{name} put {i}")

    async def consumer(name, n):
        for _ in range(n):
            item = await q.get()
            log.append(f"{name} got {item}")
            q.task_done()

    await asyncio.gather(producer("p", range(3)), producer("r", range(2)),
                         consumer("c1", 3), consumer("c2", 2))
    for line in log:
        print(line)
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled(), str(q))
    q.put_nowait(1)
    q.put_nowait([2, 3])
    print(str(q))
    print(await q.get(), q.get_nowait(), q.empty())
    full = asyncio.Queue(1)
    await full.put("a")
    putter = asyncio.create_task(full.put("b"))
    await asyncio.sleep(0)
    print(str(full))
    putter.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", putter.cancelled(), full.qsize(), str(full))
    print(repr(full).startswith("<Queue at 0x"))
    j = asyncio.Queue()
    for i in range(3):
        j.put_nowait(i)

    async def drain():
        while not j.empty():
            await j.get()
            await asyncio.sleep(0)
            j.task_done()

    joined = []

    async def joiner():
        await j.join()
        joined.append("joined")

    await asyncio.gather(joiner(), drain())
    print(joined, j.empty())
    await j.join()
    print("join on a finished queue returns at once")
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c"), (1, "a0")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(2)
    await lq.put(1)
    await lq.put(2)
    print(lq.full(), str(lq), await lq.get())


asyncio.run(main())
