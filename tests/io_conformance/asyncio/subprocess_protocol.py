# loop.subprocess_exec/subprocess_shell with a SubprocessProtocol and the transport it gets;
# connect_read_pipe/connect_write_pipe over os.pipe(); both child watchers.
import asyncio
import os
import sys


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b'', 2: b''}

    def connection_made(self, transport):
        self.events.append('connection_made')

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe_connection_lost', fd, exc))

    def process_exited(self):
        self.events.append('process_exited')

    def connection_lost(self, exc):
        self.events.append(('connection_lost', exc))
        self.done.set_result(None)


async def run_one(loop, how, *args, **kw):
    done = loop.create_future()
    if how == 'exec':
        transport, proto = await loop.subprocess_exec(lambda: Recorder(done), *args, **kw)
    else:
        transport, proto = await loop.subprocess_shell(lambda: Recorder(done), *args, **kw)
    stdin = transport.get_pipe_transport(0)
    if stdin is not None:
        stdin.write(b'fed to stdin\n')
        stdin.close()
    await done
    print(sorted(map(str, proto.events)))
    print(proto.data, transport.get_returncode(), transport.is_closing())
    print(type(transport.get_pid()).__name__, transport.get_pipe_transport(3))
    transport.close()


class PipeReader(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def data_received(self, data):
        self.chunks.append(data)

    def eof_received(self):
        self.chunks.append('EOF')

    def connection_lost(self, exc):
        self.done.set_result(b''.join(c for c in self.chunks if c != 'EOF'))


async def pipes(loop):
    rfd, wfd = os.pipe()
    done = loop.create_future()
    rtr, rproto = await loop.connect_read_pipe(lambda: PipeReader(done), open(rfd, 'rb', 0))
    wtr, wproto = await loop.connect_write_pipe(asyncio.BaseProtocol, open(wfd, 'wb', 0))
    big = b'y' * 300000
    wtr.write(b'first ')
    wtr.write(big)
    print(wtr.can_write_eof(), wtr.get_write_buffer_size() > 0, wtr.is_closing())
    wtr.close()
    print(wtr.is_closing())
    got = await done
    print(len(got), got[:6], got[6:] == big, rproto.chunks[-1])
    try:
        await loop.connect_read_pipe(asyncio.Protocol, open(__file__, 'rb'))
    except ValueError as e:
        print('ValueError:', e)


async def main():
    loop = asyncio.get_running_loop()
    await run_one(loop, 'exec', 'cat')
    await run_one(loop, 'shell', 'cat; echo err >&2; exit 5')
    await run_one(loop, 'exec', sys.executable, '-c', 'print("no stdin")', stdin=None)
    await run_one(loop, 'shell', 'exit 1', stdin=None, stdout=None, stderr=None)
    for bad in (dict(bufsize=1), dict(universal_newlines=True), dict(text=True),
                dict(encoding='utf-8'), dict(errors='strict'), dict(shell=True)):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **bad)
        except ValueError as e:
            print('ValueError:', e)
    for bad in (dict(shell=False), dict(bufsize=2)):
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, 'true', **bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])
    except ValueError as e:
        print('ValueError:', e)
    await pipes(loop)


asyncio.run(main())
print(isinstance(asyncio.get_child_watcher(), asyncio.AbstractChildWatcher))

# The SIGCHLD-based watcher works too.
asyncio.set_child_watcher(asyncio.SafeChildWatcher())


async def with_safe_watcher():
    procs = [await asyncio.create_subprocess_shell(f'sleep 0.{i}; echo {i}; exit {i}',
                                                   stdout=asyncio.subprocess.PIPE)
             for i in (3, 1, 2)]
    print([await p.communicate() for p in procs], [p.returncode for p in procs])


asyncio.run(with_safe_watcher())
