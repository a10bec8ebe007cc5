# Ctrl-C during asyncio.run: a child process sends SIGINT to us while the main task waits. As in
# 3.11 the first SIGINT cancels the main task (it sees CancelledError, its finally blocks run)
# and KeyboardInterrupt comes out of asyncio.run; a task that swallows the cancellation makes
# asyncio.run return; a second SIGINT raises KeyboardInterrupt at once.
import asyncio
import os
import signal


import subprocess

killers = []


async def interrupt_me():
    # The interrupt comes from outside, as a terminal's Ctrl-C would: a child that waits until
    # we are surely blocked in the loop, then sends SIGINT.
    killers.append(subprocess.Popen(['sh', '-c', f'sleep 0.3; kill -INT {os.getpid()}']))


async def main():
    await interrupt_me()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('main task cancelled')
        raise
    finally:
        print('main finally')


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print('KeyboardInterrupt out of asyncio.run', repr(e))
print('handler restored:', signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def swallow():
    await interrupt_me()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('swallowed the cancellation')
    return 'returned normally'


print(asyncio.run(swallow()))


async def twice():
    await interrupt_me()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('first SIGINT: cancelled')
    await interrupt_me()
    await asyncio.sleep(10)
    print('not reached')


try:
    asyncio.run(twice())
except KeyboardInterrupt:
    print('second SIGINT: KeyboardInterrupt')


async def child_tasks():
    async def worker(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('worker', n, 'cancelled')
            raise
    tasks = [asyncio.create_task(worker(n)) for n in range(3)]
    await asyncio.sleep(0)
    await interrupt_me()
    await asyncio.gather(*tasks)


try:
    asyncio.run(child_tasks())
except KeyboardInterrupt:
    print('KeyboardInterrupt with workers')
print([k.wait() for k in killers])
