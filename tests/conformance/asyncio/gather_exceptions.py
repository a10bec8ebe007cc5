# gather: return_exceptions with failures and cancellations, cancel messages, the outer
# future's cancel(), duplicate awaitables, and errors after the first one.
import asyncio


async def ok(v, d=0):
    await asyncio.sleep(d)
    return v


async def bad(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def forever():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(forever())
    u = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    u.cancel("why")
    res = await asyncio.gather(ok(1), bad("b"), t, u, return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(ok(1, 0.01), bad("first", 0.001), bad("second", 0.005))
    except ValueError as e:
        print("first error wins:", e)
    await asyncio.sleep(0.02)
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0)
    print("cancel ->", g.cancel("stop gather"), "again ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer cancelled:", repr(e))
    print("done after cancel:", g.done(), g.cancelled())
    c = asyncio.create_task(forever())
    g = asyncio.gather(c, ok(5))
    await asyncio.sleep(0)
    c.cancel("child message")
    try:
        await g
    except asyncio.CancelledError as e:
        print("child cancelled without return_exceptions:", repr(e))
    coro = ok("same")
    print(await asyncio.gather(coro, coro, coro))
    g = asyncio.gather(ok(1), ok(2))
    print(type(g).__name__, g.cancelled())
    print(await g)
    print("cancel a finished gather:", g.cancel())


asyncio.run(main())
