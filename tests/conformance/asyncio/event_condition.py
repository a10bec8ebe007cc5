# Event set/clear cycles and Condition with notify(n) and wait_for predicates.
import asyncio


async def main():
    ev = asyncio.Event()
    log = []

    async def waiter(i):
        await ev.wait()
        log.append(i)

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split("[")[1])
    ev.set()
    ev.clear()
    await asyncio.gather(*ts)
    print("set then clear still wakes the waiters:", log, ev.is_set())
    cond = asyncio.Condition()
    state = {"n": 0}
    out = []

    async def consumer(name, need):
        async with cond:
            await cond.wait_for(lambda: state["n"] >= need)
            out.append(f"{name}@{state['n']}")

    cs = [asyncio.create_task(consumer(f"c{i}", i)) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    for _ in range(3):
        async with cond:
            state["n"] += 1
            cond.notify(2)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    print(out)
    shared = asyncio.Lock()
    c1 = asyncio.Condition(shared)
    async with c1:
        print("shared lock held:", shared.locked())
    print("released:", shared.locked())


asyncio.run(main())
