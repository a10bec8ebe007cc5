# Cancellation details: messages travel through await chains, cancelling()/uncancel()
# counts, cancel() while the task is running, and a task cancelled twice.
import asyncio


async def deep(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(("deep", e.args))
        raise


async def middle(log):
    try:
        await deep(log)
    except asyncio.CancelledError as e:
        log.append(("middle", e.args))
        raise


async def main():
    log = []
    t = asyncio.create_task(middle(log))
    await asyncio.sleep(0)
    t.cancel("the message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees:", e.args)
    print(log)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print("uncancel ->", t.uncancel(), t.uncancel(), t.uncancel())
    await asyncio.gather(t, return_exceptions=True)
    print("still cancelled:", t.cancelled())

    async def self_cancel():
        me = asyncio.current_task()
        me.cancel("from inside")
        print("  cancel() returned while running; cancelling:", me.cancelling())
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            print("  raised at the next await:", e.args)
            raise

    t = asyncio.create_task(self_cancel())
    r = await asyncio.gather(t, return_exceptions=True)
    print(repr(r[0]))

    async def finishes_anyway():
        asyncio.current_task().cancel()
        return "value"

    t = asyncio.create_task(finishes_anyway())
    await asyncio.gather(t, return_exceptions=True)
    print("cancel during last step -> cancelled:", t.cancelled())

    async def catch_and_continue():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            pass
        await asyncio.sleep(0)
        return asyncio.current_task().cancelling()

    t = asyncio.create_task(catch_and_continue())
    await asyncio.sleep(0)
    t.cancel()
    print("swallowed; cancelling() stays:", await t)
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future cancel message:", e.args)


asyncio.run(main())
