# Streams on top of protocols and transports.
#
#   StreamReader          a byte buffer the protocol fills; the read* coroutines consume it,
#                         asking the transport to stop reading while more than 2*limit bytes
#                         wait unread and to go on once no more than limit remain;
#   StreamWriter          a thin face over the transport; drain() is the flow control point;
#   FlowControlMixin      the protocol half of that flow control (pause/resume_writing wake
#                         the drain() callers) and StreamReaderProtocol, which connects a
#                         reader (and, for servers, a writer and the client callback);
#   open_connection/start_server and their Unix variants.
# Written for pygen from asyncio's documentation and observed behaviour; CPython counterpart:
# asyncio/streams.py.

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from .tasks import sleep

_DEFAULT_LIMIT = 2 ** 16   # 64 KiB: longest line readline() takes without LimitOverrunError


async def _connect_streams(limit, connect):
    """The open_* functions: connect(loop, factory) makes the connection."""
    loop = events.get_running_loop()
    protocol = StreamReaderProtocol(StreamReader(limit=limit, loop=loop), loop=loop)
    reader = protocol._stream_reader
    transport, _ = await connect(loop, lambda: protocol)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def _serve_streams(client_connected_cb, limit, listen):
    """The start_* functions: listen(loop, factory) makes the server; every connection gets
    a fresh reader and protocol."""
    loop = events.get_running_loop()

    def per_client():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb,
                                    loop=loop)

    return await listen(loop, per_client)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port; return (StreamReader, StreamWriter)."""
    return await _connect_streams(
        limit, lambda loop, factory: loop.create_connection(factory, host, port, **kwds))


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    """Serve host:port, calling client_connected_cb(reader, writer) (a function or coroutine
    function) for each connection; return the Server."""
    return await _serve_streams(
        client_connected_cb, limit,
        lambda loop, factory: loop.create_server(factory, host, port, **kwds))


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection for a Unix socket path."""
    return await _connect_streams(
        limit, lambda loop, factory: loop.create_unix_connection(factory, path, **kwds))


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """start_server for a Unix socket path."""
    return await _serve_streams(
        client_connected_cb, limit,
        lambda loop, factory: loop.create_unix_server(factory, path, **kwds))


class FlowControlMixin(protocols.Protocol):
    """Protocol half of write flow control: drain() waits while the transport has paused
    writing, and fails once the connection is lost."""

    def __init__(self, loop=None):
        self._loop = loop if loop is not None else events._get_event_loop(stacklevel=4)
        self._paused = False
        self._stalled = []              # futures of drain() calls waiting for resume_writing
        self._connection_lost = False

    def _release_stalled(self, exc=None):
        for fut in self._stalled:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        self._release_stalled()

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._release_stalled(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        fut = self._loop.create_future()
        self._stalled.append(fut)
        try:
            await fut
        finally:
            self._stalled.remove(fut)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from a transport; given client_connected_cb (servers) it also
    makes the StreamWriter and runs the callback, as a task when it is a coroutine."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._client_connected_cb = client_connected_cb
        self._task = None
        self._transport = None
        self._over_ssl = False
        self._closed = self._loop.create_future()     # what StreamWriter.wait_closed awaits

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        callback = self._client_connected_cb
        if callback is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        outcome = callback(reader, self._stream_writer)
        if coroutines.iscoroutine(outcome):
            self._task = self._loop.create_task(outcome)
            self._task.add_done_callback(_client_done_reporter(self._loop, transport))

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        closed = self._closed
        if not closed.done():
            if exc is None:
                closed.set_result(None)
            else:
                closed.set_exception(exc)
        super().connection_lost(exc)
        self._stream_reader = self._stream_writer = self._task = self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        # Stay half-open: the peer finished sending but we may still write (not over TLS).
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed

    def __del__(self):
        # A connection that ended in an error nobody awaited is not worth a log entry.
        closed = getattr(self, '_closed', None)
        if closed is not None and closed.done() and not closed.cancelled():
            closed.exception()


def _client_done_reporter(loop, transport):
    """Done callback for a client_connected_cb task: an exception it ended with goes to the
    loop's exception handler and the connection is closed."""

    def report(task):
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        loop.call_exception_handler({'message': 'Unhandled exception in client_connected_cb',
                                     'exception': error, 'transport': transport})
        transport.close()

    return report


class StreamWriter:
    """Writes to a transport; drain() applies the flow control."""

    def __init__(self, transport, protocol, reader, loop):
        assert reader is None or isinstance(reader, StreamReader)
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        parts = [type(self).__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            parts.append(f'reader={self._reader!r}')
        return '<' + ' '.join(parts) + '>'

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        tr = self._transport
        return tr.write_eof()

    def can_write_eof(self):
        tr = self._transport
        return tr.can_write_eof()

    def close(self):
        tr = self._transport
        return tr.close()

    def is_closing(self):
        tr = self._transport
        return tr.is_closing()

    async def wait_closed(self):
        waiter = self._protocol._get_close_waiter(self)
        await waiter

    def get_extra_info(self, name, default=None):
        tr = self._transport
        return tr.get_extra_info(name, default)

    async def drain(self):
        """Wait until the transport's buffer is down to its low-water mark; raises the
        reader's error, or ConnectionResetError once the connection is gone."""
        failure = None if self._reader is None else self._reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # One loop turn lets connection_lost run, so the drain below raises.
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """Buffer of received bytes with the read coroutines; fed by StreamReaderProtocol."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events._get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None             # the future a read is suspended on
        self._exception = None
        self._transport = None
        self._paused = False            # we asked the transport to pause reading

    def __repr__(self):
        notes = [
            self._buffer and f'{len(self._buffer)} bytes',
            self._eof and 'eof',
            self._limit != _DEFAULT_LIMIT and f'limit={self._limit}',
            self._waiter and f'waiter={self._waiter!r}',
            self._exception and f'exception={self._exception!r}',
            self._transport and f'transport={self._transport!r}',
            self._paused and 'paused',
        ]
        return '<' + ' '.join(['StreamReader'] + [note for note in notes if note]) + '>'

    # ---- the producer side ----

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        """True when the end of the stream was seen and nothing is left to read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += data
        self._wake()
        if self._transport is None or self._paused or len(self._buffer) <= 2 * self._limit:
            return
        try:
            self._transport.pause_reading()
        except NotImplementedError:
            # A transport that cannot pause: stop asking, let the buffer grow.
            self._transport = None
        else:
            self._paused = True

    # ---- the consumer side ----

    def _maybe_resume_transport(self):
        if not self._paused or len(self._buffer) > self._limit:
            return
        self._paused = False
        self._transport.resume_reading()

    def _consume(self, n):
        """The first n bytes of the buffer (all of it if shorter), removed from it."""
        if n >= len(self._buffer):
            data = bytes(self._buffer)
            self._buffer.clear()
        else:
            data = bytes(self._buffer[:n])
            del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def _take_all(self):
        # For the errors raised at EOF: no resume_reading, the stream is over.
        data = bytes(self._buffer)
        self._buffer.clear()
        return data

    def _check_failed(self):
        if self._exception is not None:
            raise self._exception

    async def _await_data(self, caller):
        if self._waiter is not None:
            raise RuntimeError(f'{caller}() called while another coroutine is already '
                               f'waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            # Waiting with a paused transport would wait forever.
            self._paused = False
            self._transport.resume_reading()
        waiter = self._waiter = self._loop.create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read up to and including b'\\n'; at EOF the partial line (or b''). A line longer
        than the limit raises ValueError (and is dropped from the buffer)."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as incomplete:
            return incomplete.partial
        except exceptions.LimitOverrunError as overrun:
            end = overrun.consumed
            if self._buffer[end:end + 1] == b'\n':
                del self._buffer[:end + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(overrun.args[0])

    async def readuntil(self, separator=b'\n'):
        """Read up to and including separator. IncompleteReadError when the stream ends first
        (what there was is its .partial); LimitOverrunError when the limit is passed first
        (the data stays in the buffer)."""
        width = len(separator)
        if not width:
            raise ValueError('Separator should be at least one-byte string')
        self._check_failed()
        start = 0
        while True:
            at = self._buffer.find(separator, start)
            if at >= 0:
                break
            # Not there yet: the next search begins where the separator could still start.
            start = max(0, len(self._buffer) + 1 - width)
            if start > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_all(), None)
            await self._await_data('readuntil')
        if at > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', at)
        return self._consume(at + width)

    async def read(self, n=-1):
        """Read up to n bytes (n < 0: everything until EOF); b'' at EOF."""
        self._check_failed()
        if n == 0:
            return b''
        if n < 0:
            pieces = []
            while piece := await self.read(self._limit):
                pieces.append(piece)
            return b''.join(pieces)
        if not (self._buffer or self._eof):
            await self._await_data('read')
        return self._consume(n)

    async def readexactly(self, n):
        """Read exactly n bytes; IncompleteReadError if the stream ends first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._check_failed()
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_all(), n)
            await self._await_data('readexactly')
        return self._consume(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line
