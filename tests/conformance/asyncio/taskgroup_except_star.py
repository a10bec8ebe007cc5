# TaskGroup failures caught with except*: groups of child errors, nested groups, base errors,
# and the traceback-free parts of what propagates.
import asyncio


# Steps of the loop instead of timings, so the order does not depend on the machine's load.
async def fail(steps, exc):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc


async def ok(steps, value):
    for _ in range(steps):
        await asyncio.sleep(0)
    return value


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError("v1")))
            tg.create_task(fail(2, TypeError("t1")))
            t = tg.create_task(ok(5, 5))
    except* ValueError as eg:
        print("values:", repr(eg), eg.message)
    except* TypeError as eg:
        print("types:", repr(eg))
    print("sibling cancelled:", t.cancelled())

    # An error in the body joins the children's errors.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError("k")))
            await asyncio.sleep(5)
            raise RuntimeError("body")
    except* KeyError as eg:
        print("key:", repr(eg))
    except* RuntimeError as eg:
        print("runtime:", repr(eg), type(eg).__name__)

    # Nested TaskGroups give nested groups.
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ZeroDivisionError("z")))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail(2, OSError("os")))
    except ExceptionGroup as eg:
        print("nested:", repr(eg))
        match, rest = eg.split(ZeroDivisionError)
        print("split:", repr(match), repr(rest))

    # Unhandled parts are re-raised as a group.
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(1, ValueError(1)))
                tg.create_task(fail(1, IndexError(2)))
        except* ValueError:
            print("handled the ValueError part")
    except ExceptionGroup as eg:
        print("rest:", repr(eg))

    # Results when nothing fails.
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1, "a"))
        b = tg.create_task(ok(2, "b"))
    print("results:", a.result(), b.result())

asyncio.run(main())
