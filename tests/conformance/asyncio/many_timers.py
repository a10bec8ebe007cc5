# timeout: 180
# Scheduling n timers must cost O(n log n): call_at checked the whole timer heap on every call,
# O(n^2) in all (pyperformance's async_tree io variant: 46,656 sleeps in one gather tree).
# The order in which timers fire is heapq's, as CPython's: by deadline, ties in push order.
import asyncio
import random
import time

async def main():
    loop = asyncio.get_running_loop()
    rng = random.Random(7)
    fired = []
    base = loop.time() + 0.05

    def schedule(first, count):
        cpu = time.process_time()
        for i in range(first, first + count):
            # 300 distinct deadlines, so many timers share one (their order is heapq's)
            loop.call_at(base + rng.randrange(300) * 1e-4, fired.append, i)
        return time.process_time() - cpu

    # 8x the timers must cost about 8x the CPU time: O(n^2) made it ~80x, O(n log n) is ~9x.
    # The bound sits far from both (CPU seconds, the smallest of three tries for the small
    # batch), so a loaded machine's noise does not decide it as it did with 4x against 8x.
    small = min(schedule(k * 10000, 10000) for k in range(3))
    large = schedule(30000, 70000)
    n = 100000
    print("7x the timers in under 25x the time:", large < 25 * max(small, 1e-3))
    handles = [loop.call_later(3600, fired.append, -1) for _ in range(10)]
    for h in handles[::2]:
        h.cancel()
    done = loop.create_future()
    loop.call_at(base + 0.04, done.set_result, None)
    await done
    print(len(fired), fired[:8], fired[-5:])
    print(sum(fired) == n * (n - 1) // 2)
    for h in handles:
        h.cancel()

    # gather over many sleeping tasks
    async def leaf(k):
        await asyncio.sleep(0.01)
        return k
    res = await asyncio.gather(*[leaf(k) for k in range(5000)])
    print(len(res), res[:5], sum(res))

asyncio.run(main())
