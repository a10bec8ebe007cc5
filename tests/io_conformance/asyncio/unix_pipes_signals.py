# The Unix loop's own parts: read and write pipe transports (callback order, reprs, pause and
# resume, buffering when the pipe is full, write_eof/close/abort, the reader going away, the
# errors for non-pipes and non-bytes) and add/remove_signal_handler with its errors.
import asyncio, os, re, signal, tempfile


def clean(obj):
    return re.sub(r'fd=\d+', 'fd=N', repr(obj))


class Reading(asyncio.Protocol):
    def __init__(self, log):
        self.log = log
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.log.append(f'made {clean(tr)}')

    def data_received(self, data):
        self.log.append(f'data {data!r}')

    def eof_received(self):
        self.log.append('eof')

    def connection_lost(self, exc):
        self.log.append(f'lost {exc!r}')
        self.done.set_result(None)


class Writing(asyncio.BaseProtocol):
    def __init__(self, log):
        self.log = log
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.log.append(f'made {clean(tr)}')

    def pause_writing(self):
        self.log.append('pause_writing')

    def resume_writing(self):
        self.log.append('resume_writing')

    def connection_lost(self, exc):
        self.log.append(f'lost {exc!r}')
        self.done.set_result(None)


async def read_pipe(loop):
    log = []
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_read_pipe(lambda: Reading(log), os.fdopen(rfd, 'rb', 0))
    log.append('connected')
    print(clean(tr), tr.is_reading(), tr.get_extra_info('pipe').fileno() == rfd)
    os.write(wfd, b'first')
    await asyncio.sleep(0.02)
    tr.pause_reading()
    tr.pause_reading()
    print('paused', clean(tr), tr.is_reading())
    os.write(wfd, b'second')
    await asyncio.sleep(0.02)
    log.append('resume')
    tr.resume_reading()
    tr.resume_reading()
    await asyncio.sleep(0.02)
    os.close(wfd)
    await proto.done
    print(clean(tr), tr.is_closing())
    for line in log:
        print(' ', line)
    tr.close()

    log.clear()
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_read_pipe(lambda: Reading(log), os.fdopen(rfd, 'rb', 0))
    tr.close()
    print('closing', clean(tr), tr.is_closing(), tr.is_reading())
    tr.close()
    await proto.done
    os.close(wfd)
    print(log)


async def write_pipe(loop):
    log = []
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_write_pipe(lambda: Writing(log), os.fdopen(wfd, 'wb', 0))
    print(clean(tr), tr.can_write_eof(), tr.get_write_buffer_size())
    for bad in ('text', 3):
        try:
            tr.write(bad)
        except (TypeError, AssertionError) as e:
            print(type(e).__name__, e)
    tr.write(b'')
    tr.write(b'hello ')
    tr.write(bytearray(b'pipe'))
    print(os.read(rfd, 100))
    os.set_blocking(rfd, False)
    tr.set_write_buffer_limits(high=1000)
    tr.write(b'x' * 200_000)            # more than the pipe holds
    print('buffered', tr.get_write_buffer_size() > 0, clean(tr).split(' bufsize')[0])
    got = 0
    while got < 200_000:
        await asyncio.sleep(0)
        try:
            got += len(os.read(rfd, 65536))
        except BlockingIOError:
            pass
    await asyncio.sleep(0.02)
    print('drained', got, tr.get_write_buffer_size())
    tr.write_eof()
    print('after write_eof', clean(tr), tr.is_closing())
    tr.write(b'ignored')
    await proto.done
    os.set_blocking(rfd, True)
    print(os.read(rfd, 100))
    os.close(rfd)
    for line in log:
        print(' ', line)

    # the reading end goes away: the transport learns it without writing
    log.clear()
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_write_pipe(lambda: Writing(log), os.fdopen(wfd, 'wb', 0))
    os.close(rfd)
    await proto.done
    print(log[1:])
    # ... and with data still waiting
    log.clear()
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_write_pipe(lambda: Writing(log), os.fdopen(wfd, 'wb', 0))
    tr.write(b'y' * 200_000)
    os.close(rfd)
    await proto.done
    print(log[1:])
    # abort drops the buffer at once
    log.clear()
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_write_pipe(lambda: Writing(log), os.fdopen(wfd, 'wb', 0))
    tr.write(b'z' * 200_000)
    tr.abort()
    print('aborted', tr.get_write_buffer_size(), tr.is_closing())
    await proto.done
    os.close(rfd)
    print(log[1:])
    # close() with pending data flushes first
    log.clear()
    rfd, wfd = os.pipe()
    tr, proto = await loop.connect_write_pipe(lambda: Writing(log), os.fdopen(wfd, 'wb', 0))
    os.set_blocking(rfd, False)
    tr.write(b'w' * 100_000)
    tr.close()
    got = 0
    while not proto.done.done():
        await asyncio.sleep(0)
        try:
            got += len(os.read(rfd, 65536))
        except BlockingIOError:
            pass
    os.set_blocking(rfd, True)
    while chunk := os.read(rfd, 65536):
        got += len(chunk)
    os.close(rfd)
    print('flushed', got, log[1:])


async def not_pipes(loop):
    with tempfile.TemporaryFile() as f:
        for connect, proto in ((loop.connect_read_pipe, asyncio.Protocol),
                               (loop.connect_write_pipe, asyncio.BaseProtocol)):
            try:
                await connect(proto, f)
            except ValueError as e:
                print('ValueError', e)


async def signals(loop):
    got = []
    loop.add_signal_handler(signal.SIGUSR1, got.append, 'usr1')
    loop.add_signal_handler(signal.SIGUSR1, got.append, 'usr1 again')   # replaces
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print(got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    loop.add_signal_handler(signal.SIGINT, got.append, 'int')
    print(loop.remove_signal_handler(signal.SIGINT),
          signal.getsignal(signal.SIGINT) is signal.default_int_handler)

    async def coro():
        pass

    for sig, cb in ((signal.SIGUSR2, coro), (signal.SIGUSR2, coro()), ('x', print),
                    (0, print), (signal.NSIG + 5, print), (signal.SIGKILL, print)):
        try:
            loop.add_signal_handler(sig, cb)
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(cb):
            cb.close()
    for sig in ('x', 0, signal.SIGKILL):
        try:
            print(loop.remove_signal_handler(sig))
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
    # a second signal number through the same wakeup fd
    loop.add_signal_handler(signal.SIGUSR2, got.append, 'usr2')
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    print(got[-1])
    loop.remove_signal_handler(signal.SIGUSR2)


async def main():
    loop = asyncio.get_running_loop()
    for step in (read_pipe, write_pipe, not_pipes, signals):
        print(f'-- {step.__name__}')
        await step(loop)

asyncio.run(main())
