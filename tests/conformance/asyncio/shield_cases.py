# shield: outer cancellation leaves the inner task running; inner results and errors pass
# through; shielding a done future returns it.
import asyncio


async def work(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise OSError("inner failed")
    return "inner result"


async def main():
    inner = asyncio.create_task(work(0.01))
    outer = asyncio.shield(inner)
    print(outer is inner, type(outer).__name__)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner running:", not inner.done())
    print(await inner)
    print(await asyncio.shield(work(0)))
    try:
        await asyncio.shield(work(0, fail=True))
    except OSError as e:
        print("error passes through:", e)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print("done future returned as is:", asyncio.shield(done) is done)
    inner = asyncio.create_task(work(1))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())

    async def caller(t):
        return await asyncio.shield(t)

    t = asyncio.create_task(work(0.01))
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0)
    c.cancel()
    res = await asyncio.gather(c, return_exceptions=True)
    print("caller cancelled:", type(res[0]).__name__, "| shielded finished:", await t)


asyncio.run(main())
