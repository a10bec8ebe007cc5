# The socket module: the socket class over the descriptor calls of _socket (C++), the
# AddressFamily/SocketKind enums, socketpair, create_connection/create_server, makefile and the
# byte-order helpers. Timeouts follow CPython: None blocks, 0 is non-blocking (BlockingIOError),
# a positive value raises TimeoutError ('timed out', which socket.timeout names).
# CPython counterparts: Lib/socket.py and Modules/socketmodule.c (the socket type).

import _socket
import io
import os
from enum import IntEnum, IntFlag
from _socket import *   # constants and resolver functions

__all__ = ['socket', 'socketpair', 'create_connection', 'create_server', 'getaddrinfo',
           'gethostname', 'gethostbyname', 'inet_aton', 'inet_ntoa', 'inet_pton', 'inet_ntop',
           'htons', 'ntohs', 'htonl', 'ntohl', 'error', 'timeout', 'gaierror', 'herror',
           'AddressFamily', 'SocketKind', 'has_ipv6', 'fromfd', 'getfqdn',
           'getdefaulttimeout', 'setdefaulttimeout']

error = OSError
timeout = TimeoutError
gaierror = _socket.gaierror
has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()


class herror(OSError):
    pass


herror.__module__ = 'socket'


class AddressFamily(IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_SEQPACKET = _socket.SOCK_SEQPACKET
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


class MsgFlag(IntFlag):
    MSG_OOB = _socket.MSG_OOB
    MSG_PEEK = _socket.MSG_PEEK
    MSG_WAITALL = _socket.MSG_WAITALL
    MSG_DONTWAIT = _socket.MSG_DONTWAIT
    MSG_TRUNC = _socket.MSG_TRUNC
    MSG_NOSIGNAL = _socket.MSG_NOSIGNAL


class AddressInfo(IntFlag):
    AI_PASSIVE = _socket.AI_PASSIVE
    AI_CANONNAME = _socket.AI_CANONNAME
    AI_NUMERICHOST = _socket.AI_NUMERICHOST
    AI_NUMERICSERV = _socket.AI_NUMERICSERV
    AI_ADDRCONFIG = _socket.AI_ADDRCONFIG
    AI_V4MAPPED = _socket.AI_V4MAPPED
    AI_ALL = _socket.AI_ALL


for _enum in (AddressFamily, SocketKind):
    globals().update(_enum.__members__)


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    value = float(value)
    if value != value:
        raise ValueError('Invalid value NaN (not a number)')
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def htons(x):
    if x < 0:
        raise OverflowError("htons: can't convert negative Python int to C 16-bit unsigned integer")
    if x > 0xFFFF:
        raise OverflowError('htons: Python int too large to convert to C 16-bit unsigned integer')
    return ((x & 0xFF) << 8) | (x >> 8)


ntohs = htons


def htonl(x):
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError('int larger than 32 bits')
    return int.from_bytes(x.to_bytes(4, 'big'), 'little')


ntohl = htonl


class socket:
    """A socket: family, type and proto fixed at creation; the descriptor closes with the last
    of the socket and the files makefile() made from it."""

    __slots__ = ('_fd', 'family', 'type', 'proto', '_timeout', '_io_refs', '_closed',
                 '__weakref__')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket.socket(family, type, proto)
        else:
            fd = fileno.fileno() if hasattr(fileno, 'fileno') else fileno
            if not isinstance(fd, int):
                raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
            if fd < 0:
                raise ValueError('negative file descriptor')
            info = _socket._sockinfo(fd)
            if family == -1:
                family = info[0]
            if type == -1:
                type = info[1]
            if proto == -1:
                proto = info[2]
        self._fd = fd
        self.family = _intenum_converter(family, AddressFamily)
        # Like CPython on Linux, the flags given at creation are not part of .type.
        self.type = _intenum_converter(type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), SocketKind)
        self.proto = proto
        self._io_refs = 0
        self._closed = False
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        elif _default_timeout is not None:
            self.settimeout(_default_timeout)

    def __repr__(self):
        closed = self._fd == -1
        s = (f"<{self.__class__.__module__}.{self.__class__.__qualname__}"
             f"{' [closed]' if closed else ''} fd={self._fd}, family={self.family}, "
             f"type={self.type}, proto={self.proto}")
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += f', laddr={laddr}'
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += f', raddr={raddr}'
            except OSError:
                pass
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def _check(self):
        if self._fd == -1:
            raise OSError(9, 'Bad file descriptor')
        return self._fd

    def fileno(self):
        return self._fd

    def dup(self):
        fd = os.dup(self._check())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _socket.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    # ---- blocking and timeouts ----

    def settimeout(self, value):
        value = _check_timeout(value)
        self._timeout = value
        if self._fd != -1:
            # Any timeout makes the descriptor non-blocking; the waits are done with poll.
            _socket._set_blocking(self._fd, value is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    # ---- connections ----

    def bind(self, address):
        _socket.bind(self._check(), self.family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._check(), backlog)

    def _accept(self):
        return _socket.accept(self._check(), self._timeout)

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if _default_timeout is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        err = _socket.connect(self._check(), self.family, address, self._timeout)
        if err:
            raise OSError(err, os.strerror(err))

    def connect_ex(self, address):
        return _socket.connect(self._check(), self.family, address, self._timeout)

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None):
        if value is None:
            value = bytes(optlen)
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._check(), level, optname, buflen)

    # ---- data ----

    def send(self, data, flags=0):
        return _socket.send(self._check(), data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._check(), data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return _socket.sendto(self._check(), data, flags, self.family, address, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._check(), bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return _socket.recv_into(self._check(), buffer, nbytes, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._check(), bufsize, flags, self._timeout)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        data, addr = self.recvfrom(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data), addr

    # ---- files ----

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading/writing this socket (modes r, w, b combinations)."""
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError(f'invalid mode {mode!r} (only r, w, b allowed)')
        writing = 'w' in mode
        reading = 'r' in mode or not writing
        rawmode = ('r' if reading else '') + ('w' if writing else '')
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if 'b' not in mode:
                raise ValueError('unbuffered streams must be binary')
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if 'b' in mode:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text


class SocketIO(io.RawIOBase):
    """Raw file over a socket for makefile(); closing it releases one reference to the socket."""

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError(f'invalid mode: {mode!r}')
        io.RawIOBase.__init__(self)
        self._sock = sock
        if 'b' not in mode:
            mode += 'b'
        self._mode = mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            return self.readall()
        return self._sock.recv(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._checkClosed()
        self._sock.sendall(b)
        return len(b)

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


# The type of socket objects (CPython's _socket.socket, which socket.socket extends).
SocketType = socket

def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, fileno=os.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into [(family, type, proto, canonname, sockaddr)]."""
    out = []
    for fam, kind, pro, canon, addr in _socket.getaddrinfo(host, port, family, type, proto, flags):
        out.append((_intenum_converter(fam, AddressFamily), _intenum_converter(kind, SocketKind),
                    pro, canon, addr))
    return out


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo gives; return the socket."""
    host, port = address
    errors = []
    for family, kind, proto, _canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup('create_connection failed', errors)
        finally:
            errors = None
    raise OSError('getaddrinfo returns an empty list')


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address, with SO_REUSEADDR set."""
    if reuse_port and not hasattr(_socket, 'SO_REUSEPORT'):
        raise ValueError('SO_REUSEPORT not supported on this platform')
    if dualstack_ipv6:
        raise ValueError('dualstack_ipv6 not supported on this platform')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, f'{err.strerror} (while attempting to bind on address '
                                     f'{address!r})') from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise
