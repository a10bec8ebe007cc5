# loop.shutdown_default_executor (what asyncio.run calls on the way out) with no executor ever
# made: returns at once, can be called twice, and later run_in_executor(None, ...) is refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await loop.shutdown_default_executor()
    await loop.shutdown_default_executor()
    print('shut down twice')
    try:
        loop.run_in_executor(None, print)
    except RuntimeError as e:
        print('RuntimeError:', e)
    return 'done'


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()
try:
    loop.run_in_executor(None, print)
except RuntimeError as e:
    print('RuntimeError:', e)
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'in runner')))
