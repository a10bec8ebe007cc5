# asyncio.Runner (3.11): several run() calls on one loop, get_loop, closed-runner errors,
# tasks left pending are cancelled by close().
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


log = []


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("background cancelled at close")
        raise


async def start_background():
    asyncio.create_task(background())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    loop = runner.get_loop()
    print("same loop:", loop is runner.get_loop(), loop.is_closed())
    print("event loop set:", asyncio.get_event_loop() is loop)
    runner.run(start_background())
    try:
        runner.run(5)
    except ValueError as e:
        print("ValueError:", e)
print(log, loop.is_closed())
c = add(0, 0)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
runner.close()
r = asyncio.Runner(debug=False)
print(r.get_loop().get_debug())
r.close()


async def nested():
    c = add(1, 1)
    try:
        asyncio.Runner().run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(nested())
