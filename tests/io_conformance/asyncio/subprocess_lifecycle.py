# Subprocess transports and Process objects through their life: reprs (transport, pipe
# protocols, SubprocessStreamProtocol, Process), get_pipe_transport, the order of protocol
# callbacks, kill/terminate/send_signal, close() of a running child, a child that exits before
# reading its input (communicate ignores the broken pipe), wait() twice, readline on stdout
# while the child runs, errors for a missing program.
import asyncio, re, signal, sys

PIPE = asyncio.subprocess.PIPE


def clean(obj):
    text = re.sub(r'pid=\d+', 'pid=P', repr(obj))
    text = re.sub(r'fd=\d+', 'fd=N', text)
    text = re.sub(r'<Process \d+>', '<Process P>', text)
    return re.sub(r' at 0x[0-9a-f]+', '', text)


class Proto(asyncio.SubprocessProtocol):
    def __init__(self, log):
        self.log = log
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.log.append('connection_made')

    def pipe_data_received(self, fd, data):
        self.log.append(('data', fd, data))

    def pipe_connection_lost(self, fd, exc):
        self.log.append(('pipe_lost', fd, exc))

    def process_exited(self):
        self.log.append('process_exited')

    def connection_lost(self, exc):
        self.log.append(('lost', exc))
        self.done.set_result(None)


async def transports(loop):
    log = []
    tr, proto = await loop.subprocess_exec(lambda: Proto(log), 'sh', '-c',
                                           'read x; echo got $x; exit 4',
                                           stdin=PIPE, stdout=PIPE, stderr=None)
    print(clean(tr))
    print([clean(tr.get_pipe_transport(fd)) for fd in (0, 1, 2, 3)])
    print(clean(tr.get_pipe_transport(0).get_protocol()))
    tr.get_pipe_transport(0).write(b'line\n')
    await proto.done
    print(clean(tr), tr.get_returncode(), tr.is_closing())
    # EOF on stdout and the exit race each other: only the first and last are fixed.
    print(log[0], sorted(log[1:-1], key=str), log[-1])
    tr.close()
    try:
        tr.kill()
    except ProcessLookupError as e:
        print('ProcessLookupError', e)

    # close() kills a child that is still running
    log = []
    tr, proto = await loop.subprocess_exec(lambda: Proto(log), 'sleep', '10', stdout=PIPE)
    tr.close()
    print('closing', tr.is_closing())
    await proto.done
    print(tr.get_returncode() == -signal.SIGKILL, log[0], sorted(log[1:-1], key=str), log[-1])


async def processes(loop):
    p = await asyncio.create_subprocess_exec(sys.executable, '-c',
                                             'import sys\nfor i in range(3): print(i, flush=True)\n'
                                             'sys.stdin.readline()',
                                             stdin=PIPE, stdout=PIPE, stderr=PIPE)
    print(clean(p), clean(p._protocol))
    print(await p.stdout.readline(), p.returncode)
    p.stdin.write(b'\n')
    await p.stdin.drain()
    print(await p.stdout.read(), await p.wait(), await p.wait(), p.returncode)

    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.terminate()
    print('terminate', await p.wait() == -signal.SIGTERM)
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGINT)
    print('send_signal', await p.wait() == -signal.SIGINT)
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.kill()
    print('kill', await p.wait() == -signal.SIGKILL)

    # exits without reading its input: communicate still returns
    p = await asyncio.create_subprocess_shell('echo early; exit 2', stdin=PIPE, stdout=PIPE)
    print(await p.communicate(b'x' * 1_000_000), p.returncode)
    p = await asyncio.create_subprocess_shell('exit 0', stdin=PIPE)
    print(await p.communicate(), p.returncode)

    for prog in ('/nonexistent/prog',):
        try:
            await asyncio.create_subprocess_exec(prog)
        except FileNotFoundError as e:
            print('FileNotFoundError', e.errno, e.filename)


async def main():
    loop = asyncio.get_running_loop()
    for step in (transports, processes):
        print(f'-- {step.__name__}')
        await step(loop)

asyncio.run(main())
