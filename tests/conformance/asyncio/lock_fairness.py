# Lock and Semaphore fairness: waiters acquire in FIFO order, cancelled waiters are skipped,
# a newcomer cannot jump the queue; BoundedSemaphore and release errors.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def user(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await lock.acquire()
    tasks = [asyncio.create_task(user(n)) for n in "abcd"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    print(repr(lock).split(" object at ")[1].split(" ", 1)[1])
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order, "b cancelled:", tasks[1].cancelled(), lock.locked())
    sem = asyncio.Semaphore(1)
    order = []

    async def sem_user(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)

    ts = [asyncio.create_task(sem_user(n)) for n in "xyz"]
    await asyncio.sleep(0)
    print("locked:", sem.locked(), repr(sem).split("] ")[0].split("[")[-1])
    await asyncio.gather(*ts)
    print(order, sem.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", s.locked())
    s.release()
    print("after release:", s.locked(), await s.acquire())
    cond = asyncio.Condition()
    woke = []

    async def waiter(name):
        async with cond:
            await cond.wait()
            woke.append(name)

    ws = [asyncio.create_task(waiter(n)) for n in "123"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print("notify_all woke:", woke)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("async with lock as ->", value)


asyncio.run(main())
