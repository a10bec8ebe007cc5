# asyncio.timeout / timeout_at: expiry, reschedule, when(), repr, nested timeouts, and no
# TimeoutError when the body finishes in time.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print("inside:", repr(cm).startswith("<Timeout [active] when="), cm.expired())
    print("after:", repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", cm.expired(), repr(cm), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("deadline in the past expires at the first await")
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer:", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired:", outer.expired())
    t = asyncio.timeout(5)
    print(repr(t), t.when() is not None)
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        print("when after reschedule(None):", cm.when())
        await asyncio.sleep(0.01)
    print("done")


asyncio.run(main())
