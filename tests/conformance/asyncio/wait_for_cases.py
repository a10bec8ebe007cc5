# wait_for: outer cancellation, inner task that swallows cancellation on timeout, already
# done futures with timeout=0, and wait_for on a plain Future.
import asyncio


async def stubborn(log):
    try:
        await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        log.append("swallowed cancellation")
        return "stubborn result"


async def slow():
    await asyncio.sleep(0.2)
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    log = []
    print(await asyncio.wait_for(stubborn(log), 0.01), log)
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    f = loop.create_future()
    loop.call_later(0.005, f.set_result, "later")
    print(await asyncio.wait_for(f, 0.1))
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0.005)
    except TimeoutError as e:
        print("plain future timed out; cancelled:", f.cancelled(), type(e.__cause__).__name__)
    inner = asyncio.create_task(slow())
    outer = asyncio.create_task(asyncio.wait_for(inner, 1))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled too:", inner.cancelled())
    try:
        await asyncio.wait_for(slow(), -1)
    except asyncio.TimeoutError:
        print("negative timeout times out")


asyncio.run(main())
