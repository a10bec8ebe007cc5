# The subprocess transport the loops share. It owns a subprocess.Popen and connects a pipe
# transport to each of the child's PIPE streams; the SubprocessProtocol hears about data,
# closed pipes and the exit (which the child watcher reports). Protocol calls made before
# connection_made has been scheduled wait in a list and follow it in order; connection_lost
# comes once the child has exited and every pipe is closed.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/base_subprocess.py.

from . import protocols
from . import transports
from .log import logger

_PIPE = -1      # subprocess.PIPE (not imported here: asyncio's import stays light)
_STREAM_NAMES = ((0, 'stdin'), (1, 'stdout'), (2, 'stderr'))


def _settle(waiter, exc=None):
    # The creator's waiter learns the outcome, unless it gave up waiting.
    if waiter is None or waiter.cancelled():
        return
    if exc is None:
        waiter.set_result(None)
    else:
        waiter.set_exception(exc)


class BaseSubprocessTransport(transports.SubprocessTransport):

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=None,
                 extra=None, **kwargs):
        super().__init__(extra)
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []         # futures of _wait(); None once the child exited
        self._held_calls = []           # protocol calls made before connection_made; then None
        self._finished = False
        # fd -> its pipe protocol, None until the pipe is connected; only the PIPE streams.
        self._pipes = {fd: None for fd, how in enumerate((stdin, stdout, stderr)) if how == _PIPE}
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                        bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra.update(subprocess=self._proc)
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        words = [type(self).__name__]
        if self._closed:
            words.append('closed')
        if self._pid is not None:
            words.append(f'pid={self._pid}')
        if self._returncode is None:
            words.append('not started' if self._pid is None else 'running')
        else:
            words.append(f'returncode={self._returncode}')
        for fd, name in _STREAM_NAMES:
            proto = self._pipes.get(fd)
            if proto is not None:
                words.append(f'{name}={proto.pipe}')
        return '<' + ' '.join(words) + '>'

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Close the pipes; a child still running is killed (asyncio does not wait for it)."""
        if self._closed:
            return
        self._closed = True
        for pipe_proto in filter(None, self._pipes.values()):
            pipe_proto.pipe.close()
        proc = self._proc
        if proc is None or self._returncode is not None or proc.poll() is not None:
            return
        if self._loop.get_debug():
            logger.warning('Close running child process: kill %r', self)
        try:
            proc.kill()
        except ProcessLookupError:
            pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        proto = self._pipes.get(fd)
        return None if proto is None else proto.pipe

    def _popen(self):
        if self._proc is None:
            raise ProcessLookupError()
        return self._proc

    def send_signal(self, signal):
        self._popen().send_signal(signal)

    def terminate(self):
        self._popen().terminate()

    def kill(self):
        self._popen().kill()

    async def _connect_pipes(self, waiter):
        loop = self._loop
        proc = self._proc
        plan = ((0, proc.stdin, loop.connect_write_pipe, WriteSubprocessPipeProto),
                (1, proc.stdout, loop.connect_read_pipe, ReadSubprocessPipeProto),
                (2, proc.stderr, loop.connect_read_pipe, ReadSubprocessPipeProto))
        try:
            for fd, stream, connect, proto_class in plan:
                if stream is None:
                    continue
                _, proto = await connect(lambda: proto_class(self, fd), stream)
                self._pipes[fd] = proto
            # connection_made first, then whatever the pipes reported meanwhile, in order.
            held, self._held_calls = self._held_calls, None
            for callback, args in [(self._protocol.connection_made, (self,))] + held:
                loop.call_soon(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _settle(waiter, exc)
        else:
            _settle(waiter)

    def _call(self, callback, *args):
        """Schedule a protocol call, after connection_made even if that is not yet queued."""
        if self._held_calls is None:
            self._loop.call_soon(callback, *args)
        else:
            self._held_calls.append((callback, args))

    def _tell(self, method_name, *args):
        # The protocol's method is looked up now, called later (see _call).
        self._call(getattr(self._protocol, method_name), *args)

    def _pipe_connection_lost(self, fd, exc):
        self._tell('pipe_connection_lost', fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._tell('pipe_data_received', fd, data)

    def _process_exited(self, returncode):
        """Called (through the loop) by the child watcher once the child is reaped."""
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        popen = self._proc
        if popen.returncode is None:
            # The watcher reaped it: tell Popen, or its poll() would wait for nothing.
            popen.returncode = returncode
        self._tell('process_exited')
        self._try_finish()
        # As 3.11: wait() returns as soon as the child has exited, pipes open or not.
        waiters, self._exit_waiters = self._exit_waiters, None
        for fut in waiters:
            if not fut.cancelled():
                fut.set_result(returncode)

    async def _wait(self):
        """Wait for the child's exit and return its returncode."""
        if self._returncode is not None:
            return self._returncode
        fut = self._loop.create_future()
        self._exit_waiters.append(fut)
        return await fut

    def _try_finish(self):
        assert not self._finished
        if self._returncode is None:
            return
        if all(pipe_proto is not None and pipe_proto.disconnected
               for pipe_proto in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            # Drop the references whatever connection_lost does.
            self._loop = self._proc = self._protocol = None


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    """Protocol of the child's stdin pipe: passes flow control and the close on to the
    subprocess transport."""

    def __init__(self, proc, fd):
        self.proc = proc            # the BaseSubprocessTransport
        self.fd = fd
        self.pipe = None            # the pipe transport, once connected
        self.disconnected = False

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        self.disconnected = True
        owner, self.proc = self.proc, None
        owner._pipe_connection_lost(self.fd, exc)

    # Flow control of the stdin pipe is the subprocess protocol's.
    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):
    """Protocol of the child's stdout/stderr pipe."""

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)
