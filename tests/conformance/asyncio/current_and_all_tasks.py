# current_task inside tasks and callbacks, all_tasks contents, task names and coroutines.
import asyncio


async def child(name):
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("current_task in a plain callback:", seen)
    tasks = [asyncio.create_task(child(n), name=f"child-{n}") for n in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print(len(asyncio.all_tasks()), asyncio.all_tasks(loop) == {me})
    print(asyncio.current_task(loop) is me)
    c = child(9)
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_loop() is loop)
    await t
    print(t.get_coro().cr_frame)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
