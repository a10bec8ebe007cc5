# asyncio.create_subprocess_exec/shell: Process with stream pipes, communicate, wait, signals.
import asyncio
import signal
import sys

PIPE = asyncio.subprocess.PIPE


async def main():
    p = await asyncio.create_subprocess_exec('echo', 'hello', stdout=PIPE)
    print(await p.communicate(), p.returncode, type(p.pid).__name__, p.stdin, p.stderr)
    p = await asyncio.create_subprocess_shell('cat; echo err >&2; exit 3', stdin=PIPE, stdout=PIPE,
                                              stderr=PIPE)
    print(await p.communicate(b'data in'), p.returncode)
    p = await asyncio.create_subprocess_shell('echo out; echo err >&2', stdout=PIPE,
                                              stderr=asyncio.subprocess.STDOUT)
    print(await p.communicate())
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.DEVNULL, stdout=PIPE)
    print(await p.communicate())

    # 10 MB through cat and back.
    data = bytes(range(256)) * 40960
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, _ = await p.communicate(data)
    print(len(out), out == data, p.returncode)

    # A line protocol with a child interpreter, driven one line at a time.
    code = 'import sys\nfor line in sys.stdin: print(line.strip().upper(), flush=True)'
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', code, stdin=PIPE, stdout=PIPE)
    for word in ('a', 'bb', 'ccc'):
        p.stdin.write(word.encode() + b'\n')
        await p.stdin.drain()
        print(await p.stdout.readline())
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.stdout.read(), await p.wait())

    # Signals, and wait() after the fact.
    p = await asyncio.create_subprocess_exec('sleep', '10')
    print(p.returncode)
    p.terminate()
    print(await p.wait(), p.returncode, await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.kill()
    print(await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGINT)
    print(await p.wait())
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', 'import sys; sys.exit(42)')
    print(await p.wait())

    # A timeout around wait(), then kill.
    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), 0.1)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    p.kill()
    print(await p.wait())

    # Exec failures raise in the caller.
    for args in (['no_such_cmd_xyz'], ['/etc/passwd']):
        try:
            await asyncio.create_subprocess_exec(*args)
        except OSError as e:
            print(type(e).__name__, e)
    try:
        await asyncio.create_subprocess_exec('ls', cwd='/no/such/dir')
    except OSError as e:
        print(type(e).__name__, e)

    # Many children at once, finishing out of order.
    procs = [await asyncio.create_subprocess_shell(f'sleep 0.{6 - i}; exit {i}') for i in range(1, 6)]
    print(await asyncio.gather(*(p.wait() for p in procs)))
    async def echo(i):
        p = await asyncio.create_subprocess_shell(f'echo {i}', stdout=PIPE)
        return await p.communicate()
    print(await asyncio.gather(*(echo(i) for i in range(5))))

    # Reading stdout line by line with async for.
    p = await asyncio.create_subprocess_shell('for i in 1 2 3; do echo line $i; done', stdout=PIPE)
    print([line async for line in p.stdout], await p.wait())


asyncio.run(main())
