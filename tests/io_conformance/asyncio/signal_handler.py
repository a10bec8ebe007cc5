# loop.add_signal_handler: SIGUSR1 sent to ourselves with os.kill runs the callback in the loop
# (with its arguments); remove_signal_handler restores the default; errors for bad signals.
import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda tag: got.set_result(tag), 'usr1')
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await asyncio.wait_for(got, 5))
    calls = []
    loop.add_signal_handler(signal.SIGUSR2, calls.append, 1)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    print(calls)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    for bad in (0, 'x', signal.SIGKILL):
        try:
            loop.add_signal_handler(bad, print)
        except Exception as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR1, coro)
    except TypeError as e:
        print(e)

asyncio.run(main())
print(signal.getsignal(signal.SIGUSR2))
