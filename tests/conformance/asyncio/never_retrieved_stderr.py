# The default exception handler logs to stderr: the last stderr line is the exception.
import asyncio
import gc


async def boom():
    raise ValueError("nobody looked at me")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print("task finished:", t.done())


asyncio.run(main())
gc.collect()
print("after run")
