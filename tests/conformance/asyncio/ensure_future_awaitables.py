# ensure_future with coroutines, futures, tasks and custom awaitables; the TypeErrors.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def coro():
    return "coro"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    print(await asyncio.gather(Awaitable(), coro()))
    for bad in [1, None, coro]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        asyncio.create_task(Awaitable())
    except TypeError as e:
        print("TypeError:", str(e).split(" got ")[0])
    print(asyncio.iscoroutine(coro()), asyncio.iscoroutine(Awaitable()), asyncio.iscoroutine(t))
    print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(Awaitable))


import warnings
warnings.simplefilter("ignore")
asyncio.run(main())
