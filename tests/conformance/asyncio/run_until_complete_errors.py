# run_until_complete and run_forever misuse: stop() before the future is done, nested runs,
# closing a running loop, loops of other tasks, get_event_loop after asyncio.run.
import asyncio


async def long():
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()
loop.call_soon(loop.stop)
t = loop.create_task(long())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("cancelled task: run_until_complete raises CancelledError")


def nested():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    c = asyncio.sleep(0)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    other.close()
    loop.stop()


loop.call_soon(nested)
loop.run_forever()
print("is_running after:", loop.is_running())


async def where():
    return asyncio.get_running_loop() is loop


print(loop.run_until_complete(where()))
loop.close()
asyncio.run(asyncio.sleep(0))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
