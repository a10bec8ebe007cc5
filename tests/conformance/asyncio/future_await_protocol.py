# The Future await protocol by hand, and what a Task does with odd yields.
import asyncio
import types


loop = asyncio.new_event_loop()
f = loop.create_future()
it = f.__await__()
print("yields itself:", next(it) is f, f._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
f.set_result("v")
it = f.__await__()
try:
    next(it)
except StopIteration as e:
    print("done future returns at once:", e.value)
print("__iter__ is __await__:", next(iter(loop.create_future())) is not None)


@types.coroutine
def yield_value(v):
    yield v


async def bad(v):
    await yield_value(v)


for v in [42, "text"]:
    try:
        loop.run_until_complete(bad(v))
    except RuntimeError as e:
        print("RuntimeError:", e)


async def self_await():
    await asyncio.current_task()


try:
    loop.run_until_complete(self_await())
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])


async def not_blocking():
    fut = loop.create_future()
    await yield_value(fut)


try:
    loop.run_until_complete(not_blocking())
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" in task")[0])


async def bare_yield_none():
    await yield_value(None)
    return "None yield reschedules"


print(loop.run_until_complete(bare_yield_none()))
other = asyncio.new_event_loop()


async def foreign():
    await other.create_future()


try:
    loop.run_until_complete(foreign())
except RuntimeError as e:
    print("RuntimeError:", "attached to a different loop" in str(e))
other.close()
loop.close()
