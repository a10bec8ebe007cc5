# Task reprs: pending (with wait_for), cancelling, finished, cancelled; names.
import asyncio


def clean(text):
    # CPython's script paths are absolute: keep only the file name.
    folder = __file__.rpartition("/")[0]
    return text.replace(folder + "/", "") if folder else text


async def waits(fut):
    return await fut


async def ret(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waits(fut), name="waiter")
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    print(clean(repr(fut)))
    t.cancel()
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    r = asyncio.create_task(ret(42))
    await r
    print(clean(repr(r)))
    print(r.get_name().startswith("Task-"))
    r.set_name(123)
    print(clean(repr(r.get_name())))
    x = asyncio.create_task(ret("s" * 40))
    await x
    print(clean(repr(x)))

    async def fails():
        raise ValueError("bad")

    y = asyncio.create_task(fails(), name="failing")
    await asyncio.sleep(0)
    print(clean(repr(y)))
    y.exception()
    print(repr(asyncio.current_task()).split(" coro=")[0])


asyncio.run(main())
