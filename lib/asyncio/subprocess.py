# asyncio's high-level subprocess API: create_subprocess_exec/create_subprocess_shell give a
# Process whose stdin is a StreamWriter and whose stdout/stderr are StreamReaders, fed by
# SubprocessStreamProtocol from the loop's subprocess transport.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/subprocess.py.

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

from . import events
from . import protocols
from . import streams
from . import tasks
from .log import logger

PIPE = -1       # the values of subprocess.PIPE/STDOUT/DEVNULL
STDOUT = -2
DEVNULL = -3


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Turns the pipes of a subprocess transport into streams."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = None               # a StreamWriter, and StreamReaders for the outputs
        self.stdout = None
        self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []             # the output fds whose pipe is still open
        # Resolved when the stdin pipe closes: StreamWriter.wait_closed() waits on it.
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        parts = [type(self).__name__]
        parts += [f'{name}={stream!r}' for name, stream in
                  (('stdin', self.stdin), ('stdout', self.stdout), ('stderr', self.stderr))
                  if stream is not None]
        return '<' + ' '.join(parts) + '>'

    def _reader_for(self, fd):
        return {1: self.stdout, 2: self.stderr}.get(fd)

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = streams.StreamReader(limit=self._limit, loop=self._loop)
            reader.set_transport(pipe)
            if fd == 1:
                self.stdout = reader
            else:
                self.stderr = reader
            self._pipe_fds.append(fd)
        stdin_pipe = transport.get_pipe_transport(0)
        if stdin_pipe is not None:
            self.stdin = streams.StreamWriter(stdin_pipe, protocol=self, reader=None,
                                              loop=self._loop)

    def pipe_data_received(self, fd, data):
        reader = self._reader_for(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._stdin_lost(exc)
            return
        reader = self._reader_for(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def _stdin_lost(self, exc):
        if self.stdin is not None:
            self.stdin.close()
        self.connection_lost(exc)       # wakes drain() callers (FlowControlMixin)
        closed = self._stdin_closed
        if exc is None:
            closed.set_result(None)
        else:
            closed.set_exception(exc)
            closed._log_traceback = False   # a broken stdin is reported by drain(), not here

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        # Close the transport once the child has exited and its output has been read to EOF.
        if self._process_exited and not self._pipe_fds:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child process started by create_subprocess_exec/shell."""

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        for name in ('stdin', 'stdout', 'stderr'):
            setattr(self, name, getattr(protocol, name))
        self.pid = transport.get_pid()

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self.pid)

    # Everything about the child itself is the transport's.
    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the child to exit; return its returncode."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    def _trace(self, template, *args):
        if self._loop.get_debug():
            logger.debug('%r communicate: ' + template, self, *args)

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        self._trace('feed stdin (%s bytes)', len(input))
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as exc:
            # The child exited before reading all its input: not an error for communicate().
            self._trace('stdin got %r', exc)
        self._trace('close stdin')
        self.stdin.close()

    async def _nothing(self):
        return None

    async def _drain_output(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        data = await (self.stdout if fd == 1 else self.stderr).read()
        pipe.close()
        return data

    async def communicate(self, input=None):
        """Send input, read stdout and stderr to EOF, wait; returns (stdout, stderr)."""
        jobs = [self._nothing() if input is None else self._feed_stdin(input),
                self._nothing() if self.stdout is None else self._drain_output(1),
                self._nothing() if self.stderr is None else self._drain_output(2)]
        _, out, err = await tasks.gather(*jobs)
        await self.wait()
        return (out, err)


async def _spawn(start, limit):
    running = events.get_running_loop()
    transport, protocol = await start(
        running, lambda: SubprocessStreamProtocol(limit=limit, loop=running))
    return Process(transport, protocol, running)


_LIMIT = streams._DEFAULT_LIMIT


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_LIMIT,
                                  **kwds):
    """Run cmd through the shell; returns a Process."""
    return await _spawn(lambda loop, factory: loop.subprocess_shell(
        factory, cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds), limit)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_LIMIT, **kwds):
    """Run program with args; returns a Process."""
    return await _spawn(lambda loop, factory: loop.subprocess_exec(
        factory, program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds), limit)
