# loop.run_in_executor, asyncio.to_thread and asyncio.wrap_future: the function's result, its
# exception, the caller's context variables and the executor's errors as in CPython (pygen runs
# the work from a loop callback instead of a worker thread).
import asyncio
import concurrent.futures
import contextvars
import functools

request = contextvars.ContextVar("request", default="none")


def blocking(x, scale=1):
    return x * scale


def fails(msg):
    raise ValueError(msg)


def who():
    return request.get()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 21))
    print(await loop.run_in_executor(None, functools.partial(blocking, 3, scale=5)))
    try:
        await loop.run_in_executor(None, fails, "boom")
    except ValueError as e:
        print("ValueError:", e)
    request.set("req-1")
    print(await asyncio.to_thread(who))
    print(await asyncio.to_thread(blocking, 2, scale=8))
    try:
        await asyncio.to_thread(fails, "in thread")
    except ValueError as e:
        print("to_thread ValueError:", e)
    print(await asyncio.gather(*(asyncio.to_thread(blocking, i, 10) for i in range(5))))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, pow, 2, i) for i in range(6)))
        print(results)
        cf = pool.submit(sum, [1, 2, 3])
        wrapped = asyncio.wrap_future(cf)
        print(isinstance(wrapped, asyncio.Future), await wrapped, cf.result())
    fut = loop.create_future()
    print(asyncio.wrap_future(fut) is fut)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    task = asyncio.ensure_future(asyncio.to_thread(blocking, 1))
    print(await asyncio.wait_for(task, 1))
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print("done")
