# The protocol interfaces a transport calls back: connection_made/lost, data_received,
# eof_received, pause/resume_writing; BufferedProtocol's get_buffer/buffer_updated; datagram and
# subprocess protocols. Written for pygen; CPython counterpart: asyncio/protocols.py.

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """Callbacks shared by every protocol."""
    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on a normal close)."""

    def pause_writing(self):
        """The transport's buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """Stream protocol: bytes arrive through data_received."""
    __slots__ = ()

    def data_received(self, data):
        """Called with some received bytes."""

    def eof_received(self):
        """The other end will send no more; return a true value to keep the transport open."""


class BufferedProtocol(BaseProtocol):
    """Stream protocol that lends its own buffer for the transport to receive into."""
    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer (here: a bytearray) for the next receive."""

    def buffer_updated(self, nbytes):
        """nbytes were written at the start of the buffer get_buffer returned."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """Datagram protocol."""
    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called with one datagram and its sender."""

    def error_received(self, exc):
        """A send or receive failed with an OSError (not fatal to the transport)."""


class SubprocessProtocol(BaseProtocol):
    """Protocol of a child process's pipes."""
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Output from the child on pipe fd (1: stdout, 2: stderr)."""

    def pipe_connection_lost(self, fd, exc):
        """A pipe to the child closed."""

    def process_exited(self):
        """The child exited."""
