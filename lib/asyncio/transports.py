# The transport interfaces protocols write through, and the write-buffer flow control every
# writing transport shares (pause_writing above the high-water mark, resume below the low one).
# Written for pygen; CPython counterpart: asyncio/transports.py.

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


class BaseTransport:
    """Base of every transport: extra info, close, the protocol."""
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        # Transport-specific details: 'peername', 'socket', 'subprocess', 'pipe'...
        extra = self._extra
        return extra[name] if name in extra else default

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)
        self.write(data)

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream transport."""
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control: calls protocol.pause_writing() when the buffer grows over the
    high-water mark and resume_writing() once it falls to the low-water mark. The subclass
    provides _loop, _protocol and get_write_buffer_size()."""

    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _tell_protocol(self, method_name):
        # A failing pause_writing()/resume_writing() is the loop's exception handler's business,
        # not the writer's (exit requests still go through).
        try:
            getattr(self._protocol, method_name)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(dict(
                message='protocol.%s() failed' % method_name, exception=exc, transport=self,
                protocol=self._protocol))

    def _maybe_pause_protocol(self):
        if self._protocol_paused or self.get_write_buffer_size() <= self._high_water:
            return
        self._protocol_paused = True
        self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if not self._protocol_paused or self.get_write_buffer_size() > self._low_water:
            return
        self._protocol_paused = False
        self._tell_protocol('resume_writing')

    def get_write_buffer_limits(self):
        return self._low_water, self._high_water

    def _set_write_buffer_limits(self, high=None, low=None):
        # Defaults: 64 KiB high; the other is derived in a 4:1 ratio.
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high, low)
        # New limits may already be exceeded.
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError
