# Interleaving of sleep(0) and short timed sleeps; sleep's result; negative delays. The slow
# ticker sleeps 0.25 s so the fast one's four 1 ms sleeps end first even on a loaded machine
# (0.03 s was not always enough there).
import asyncio


async def ticker(name, n, log, d=0):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(d)


async def main():
    log = []
    await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log), ticker("c", 1, log))
    print(log)
    log = []
    await asyncio.gather(ticker("slow", 2, log, 0.25), ticker("fast", 4, log, 0.001))
    print(log)
    print(await asyncio.sleep(-1, "negative"), await asyncio.sleep(0, result=[1]))
    t = asyncio.create_task(asyncio.sleep(0.001, "task sleep"))
    print(await t)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.02)
    print("slept at least 0.02:", loop.time() - start >= 0.02)


asyncio.run(main())
