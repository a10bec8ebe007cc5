# TaskGroup failures without except*: the ExceptionGroup text, several errors, an error in
# the body, create_task on a finished group, an already-entered group, and names.
# The sleepers that get cancelled sleep for seconds, so a stall of a loaded machine cannot let
# them finish before the failure cancels them.
import asyncio


async def sleeper(d, log, name):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.001, ValueError("one")))
            tg.create_task(fail(0.001, TypeError("two")))
            tg.create_task(sleeper(5, log, "long"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg, "|", sorted(type(e).__name__ for e in eg.exceptions))
        print("message:", eg.message)
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(5, log, "in-body"))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(log)
    tg = asyncio.TaskGroup()
    async with tg:
        t = tg.create_task(sleeper(0, log, "named"), name="my-task")
    print(t.get_name(), t.done())
    c = sleeper(0, log, "late")
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await tg.__aenter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    fresh = asyncio.TaskGroup()
    c = sleeper(0, log, "never")
    try:
        fresh.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    print(repr(fresh))

    async def outer_cancelled():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1, log, "child of cancelled"))
            await asyncio.sleep(1)

    log.clear()
    t = asyncio.create_task(outer_cancelled())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled from outside:", log, t.cancelled())


asyncio.run(main())
