# pygen's selector event loop: everything that waits on file descriptors.
#
#   * fd watches (add_reader/add_writer and the transports' own): each registered fd carries a
#     pair [read handle, write handle] as its selector data, addressed by slot (_READ/_WRITE);
#   * the sock_* coroutines, all built on one "try now, else retry on readiness" helper;
#   * socket transports (stream and datagram) sharing one base for buffering and shutdown;
#   * the Server object and the connection/server/datagram factories.
#
# The C++ loop core calls loop._io_wait(timeout) instead of sleeping only while some fd is
# registered, so programs that never open a descriptor never enter the selector. Names are
# resolved synchronously (pygen has no threads to push getaddrinfo to).
# Written for pygen from asyncio's documented behaviour; CPython counterparts:
# asyncio/selector_events.py and the server parts of asyncio/base_events.py.

__all__ = ('BaseSelectorEventLoop',)

import collections
import collections.abc
import errno
import functools
import os
import _socket
import selectors
import stat

from . import base_events
from . import events
from . import exceptions
from . import protocols
from . import tasks
from . import transports
from .log import logger

# After this many writes to a transport whose connection is gone, each further one is logged.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
# Seconds to wait before listening again when accept() ran out of descriptors or memory.
ACCEPT_RETRY_DELAY = 1

_READ, _WRITE = 0, 1
_SLOT_EVENTS = (selectors.EVENT_READ, selectors.EVENT_WRITE)
_RETRY_LATER = (BlockingIOError, InterruptedError)
_NEVER_SWALLOWED = (SystemExit, KeyboardInterrupt)
_AGAIN = object()       # a socket call would block: wait for the next readiness event
_FAILED = object()      # a call failed and the transport has been shut down for it


class _LazySocketModule:
    """Stands for the socket module until first used: socket imports enum and io, which
    asyncio programs that never open a socket should not pay for at start-up."""

    def __getattr__(self, name):
        import socket as module
        globals()['socket'] = module
        return getattr(module, name)


socket = _LazySocketModule()


def _no_ssl(ssl):
    if ssl:
        raise NotImplementedError('ssl is not available in pygen')


def _unix_path(path, sock, neither):
    """create_unix_connection/create_unix_server take a path or a ready AF_UNIX stream socket,
    not both: the path as a str/bytes, or None when sock is to be used."""
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        return os.fspath(path)
    if sock is None:
        raise ValueError(neither)
    if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    return None


def _or_none(query):
    """query() (a socket's getsockname/getpeername), None if the socket cannot tell."""
    try:
        return query()
    except OSError:
        return None


def _resolve_literal(host, port, family, type, proto):
    """The one getaddrinfo entry for a host written as an IP address, found without the
    resolver; None when the host is a name or the request is outside what this handles."""
    if host is None or proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP):
        return None
    if type == socket.SOCK_STREAM:
        wire_proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        wire_proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port in ('', b''):
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:         # an IPv6 scope: the resolver knows the interface index
        return None
    candidates = (socket.AF_INET, socket.AF_INET6) if family == socket.AF_UNSPEC else (family,)
    for af in candidates:
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        where = (host, port, 0, 0) if af == socket.AF_INET6 else (host, port)
        return af, type, wire_proto, '', where
    return None


def _bind_failure(err, address):
    return OSError(err.errno, 'error while attempting to bind on address '
                              f'{address!r}: {err.strerror.lower()}')


def _one_error_of(errors):
    """The exception create_connection raises when every address failed."""
    if len(errors) == 1 or len({str(e) for e in errors}) == 1:
        return errors[0]
    return OSError('Multiple exceptions: ' + ', '.join(str(e) for e in errors))


def _remove_stale_unix_socket(path):
    if path[0] in (0, '\x00'):      # abstract namespace: nothing on disk
        return
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            os.remove(path)
    except FileNotFoundError:
        pass
    except OSError as err:
        logger.error('Unable to check or remove stale UNIX socket %r: %r', path, err)


class Server(events.AbstractServer):
    """What create_server returns: listening sockets feeding one protocol factory.

    wait_closed() waiters are released when the server is closed and the last transport it
    accepted is gone (3.11: a server already closed returns from wait_closed() at once)."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._live = 0                      # accepted transports not yet lost
        self._closed_waiters = []           # None once released
        self._serving = False
        self._forever = None                # the future serve_forever() waits on

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _connection_opened(self):
        self._live += 1

    def _connection_done(self):
        self._live -= 1
        if not self._live and self._sockets is None:
            self._release_waiters()

    def _release_waiters(self):
        waiters, self._closed_waiters = self._closed_waiters, None
        for fut in waiters or ():
            if not fut.done():
                fut.set_result(fut)

    def _listen(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return () if self._sockets is None else tuple(self._sockets)

    def close(self):
        if self._sockets is None:
            return
        listening, self._sockets = self._sockets, None
        for sock in listening:
            self._loop._stop_serving(sock)
        self._serving = False
        forever, self._forever = self._forever, None
        if forever is not None and not forever.done():
            forever.cancel()
        if not self._live:
            self._release_waiters()

    async def start_serving(self):
        self._listen()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._listen()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    async def wait_closed(self):
        if self._sockets is None or self._closed_waiters is None:
            return
        fut = self._loop.create_future()
        self._closed_waiters.append(fut)
        await fut

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Event loop whose I/O waits go through a selectors.BaseSelector."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selectors.DefaultSelector() if selector is None else selector
        # fd -> the transport using it, until its connection is lost (a plain dict: weakref
        # callbacks run during collection could find their closure cleared).
        self._transports = {}
        self._ssock = self._csock = None    # the self-pipe, made when signals need it

    # ---- waiting ----

    def _update_io_wait(self):
        # The core gives its wait to the selector only while some fd is registered.
        self._io_wait = self._select_and_queue if self._selector.get_map() else None

    def _select_and_queue(self, timeout):
        queue = self._ready
        for key, mask in self._selector.select(timeout):
            for slot, handle in enumerate(key.data):
                if handle is None or not mask & _SLOT_EVENTS[slot]:
                    continue
                if handle._cancelled:
                    self._unwatch(key.fileobj, slot)
                else:
                    queue.append(handle)

    def _process_events(self, event_list):
        pass

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        selector, self._selector = self._selector, None
        if selector is not None:
            selector.close()
        self._io_wait = None

    # ---- fd watches ----

    def _watch(self, fd, slot, callback, args):
        """Run callback(*args) each time fd is ready in direction slot; the handle."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        selector = self._selector
        try:
            key = selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[slot] = handle
            selector.register(fd, _SLOT_EVENTS[slot], pair)
            self._update_io_wait()
            return handle
        pair = list(key.data)
        previous, pair[slot] = pair[slot], handle
        selector.modify(fd, key.events | _SLOT_EVENTS[slot], pair)
        if previous is not None:
            previous.cancel()
        return handle

    def _unwatch(self, fd, slot):
        """Stop the slot's watch on fd; whether there was one."""
        if self.is_closed():
            return False
        selector = self._selector
        try:
            key = selector.get_key(fd)
        except KeyError:
            return False
        pair = list(key.data)
        previous, pair[slot] = pair[slot], None
        still_wanted = key.events & ~_SLOT_EVENTS[slot]
        if still_wanted:
            selector.modify(fd, still_wanted, pair)
        else:
            selector.unregister(fd)
            self._update_io_wait()
        if previous is None:
            return False
        previous.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, _READ, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, _READ)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, _WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, _WRITE)

    def _refuse_transport_fd(self, fileobj):
        """User code may not watch an fd that a live transport owns."""
        fd = fileobj
        if not isinstance(fd, int):
            try:
                fd = int(fileobj.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f'Invalid file object: {fileobj!r}') from None
        owner = self._transports.get(fd)
        if owner is not None and not owner.is_closing():
            raise RuntimeError(f'File descriptor {fileobj!r} is used by transport {owner!r}')

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._refuse_transport_fd(fd)
        self._watch(fd, _READ, callback, args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; True if it was watched."""
        self._refuse_transport_fd(fd)
        return self._unwatch(fd, _READ)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._refuse_transport_fd(fd)
        self._watch(fd, _WRITE, callback, args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; True if it was watched."""
        self._refuse_transport_fd(fd)
        return self._unwatch(fd, _WRITE)

    # ---- the self-pipe: a byte written to it wakes the selector (signals, other threads) ----

    def _make_self_pipe(self):
        if self._ssock is not None:
            return
        ends = socket.socketpair()
        for end in ends:
            end.setblocking(False)
        self._ssock, self._csock = ends
        self._watch(self._ssock.fileno(), _READ, self._read_from_self, ())

    def _close_self_pipe(self):
        if self._ssock is None:
            return
        self._unwatch(self._ssock.fileno(), _READ)
        for end in (self._ssock, self._csock):
            end.close()
        self._ssock = self._csock = None

    def _process_self_data(self, data):
        pass

    def _read_from_self(self):
        while True:
            try:
                chunk = self._ssock.recv(4096)
            except InterruptedError:
                continue
            except BlockingIOError:
                return
            if not chunk:
                return
            self._process_self_data(chunk)

    def _write_to_self(self):
        if self._csock is None:
            return
        try:
            self._csock.send(b'\0')
        except OSError:
            pass        # full or closed: a wake-up is already pending or no longer needed

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = super().call_soon_threadsafe(callback, *args, context=context)
        self._write_to_self()
        return handle

    # ---- sock_* coroutines ----
    #
    # Each is one non-blocking socket call: tried at once, and if it would block, retried from
    # a watch on the socket's fd until it completes; the watch goes when the future is done
    # (also when the awaiting task is cancelled).

    def _check_sock(self, sock):
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    async def _sock_io(self, sock, slot, attempt):
        try:
            return attempt()
        except _RETRY_LATER:
            pass
        return await self._sock_when_ready(sock, slot, attempt)

    def _sock_when_ready(self, sock, slot, attempt):
        fd = sock.fileno()
        self._refuse_transport_fd(fd)
        fut = self.create_future()
        handle = self._watch(fd, slot, self._sock_retry, (fut, attempt))
        fut.add_done_callback(functools.partial(self._sock_io_over, fd, slot, handle))
        return fut

    def _sock_retry(self, fut, attempt):
        if fut.done():
            return
        try:
            outcome = attempt()
        except _RETRY_LATER:
            return
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(outcome)

    def _sock_io_over(self, fd, slot, handle, fut):
        if not handle.cancelled():
            self._unwatch(fd, slot)

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from sock."""
        self._check_sock(sock)
        return await self._sock_io(sock, _READ, functools.partial(sock.recv, n))

    async def sock_recv_into(self, sock, buf):
        """Receive into buf; the number of bytes received."""
        self._check_sock(sock)
        return await self._sock_io(sock, _READ, functools.partial(sock.recv_into, buf))

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram of up to bufsize bytes: (data, address)."""
        self._check_sock(sock)
        return await self._sock_io(sock, _READ, functools.partial(sock.recvfrom, bufsize))

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into buf: (nbytes, address)."""
        self._check_sock(sock)
        nbytes = nbytes or len(buf)
        return await self._sock_io(sock, _READ,
                                   functools.partial(sock.recvfrom_into, buf, nbytes))

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address; the number of bytes sent."""
        self._check_sock(sock)
        return await self._sock_io(sock, _WRITE, functools.partial(sock.sendto, data, address))

    async def sock_sendall(self, sock, data):
        """Send all of data; None once the kernel has taken the last byte."""
        self._check_sock(sock)
        rest = memoryview(data).cast('B')

        def send_some():
            nonlocal rest
            taken = sock.send(rest)
            if taken < len(rest):
                rest = rest[taken:]
                raise BlockingIOError      # the remainder waits for writability
            return None

        return await self._sock_io(sock, _WRITE, send_some)

    async def _ensure_resolved(self, address, *, family=0, type=_socket.SOCK_STREAM, proto=0,
                               flags=0):
        host, port = address[:2]
        literal = _resolve_literal(host, port, family, type, proto)
        if literal is not None:
            return [literal]
        return await self.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                      flags=flags)

    async def sock_connect(self, sock, address):
        """Connect sock to address (a host name is resolved first for IP sockets)."""
        self._check_sock(sock)
        if sock.family == socket.AF_INET or (socket.has_ipv6 and sock.family == socket.AF_INET6):
            found = await self._ensure_resolved(address, family=sock.family, type=sock.type,
                                                proto=sock.proto)
            address = found[0][4]
        try:
            sock.connect(address)
            return None
        except _RETRY_LATER:
            pass

        def connect_outcome():
            # Writable means the handshake finished, for better or worse: SO_ERROR says which.
            code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if code:
                raise OSError(code, f'Connect call failed {address}')

        return await self._sock_when_ready(sock, _WRITE, connect_outcome)

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn already non-blocking."""
        self._check_sock(sock)

        def take():
            conn, peer = sock.accept()
            conn.setblocking(False)
            return conn, peer

        return await self._sock_io(sock, _READ, take)

    # ---- names: resolved synchronously, as there are no threads to run them in ----

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        raise NotImplementedError('loop.getnameinfo() is not available in pygen')

    # ---- transports and connections ----

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None, extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address, waiter, extra)

    async def _wrap_connected(self, make_transport, protocol_factory):
        """Make the protocol and its transport, and wait until connection_made has run."""
        protocol = protocol_factory()
        ready = self.create_future()
        transport = make_transport(protocol, ready)
        try:
            await ready
        except:
            transport.close()
            raise
        return transport, protocol

    async def _create_connection_transport(self, sock, protocol_factory, ssl, server_hostname):
        sock.setblocking(False)
        return await self._wrap_connected(
            lambda protocol, ready: self._make_socket_transport(sock, protocol, ready),
            protocol_factory)

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        """Connect to host:port (or use sock) and return (transport, protocol)."""
        for value, name in ((server_hostname, 'server_hostname'),
                            (ssl_handshake_timeout, 'ssl_handshake_timeout'),
                            (ssl_shutdown_timeout, 'ssl_shutdown_timeout')):
            if value is not None and not ssl:
                raise ValueError(f'{name} is only meaningful with ssl')
        _no_ssl(ssl)
        if host is None and port is None:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        elif sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        else:
            sock = await self._dial(host, port, family, proto, flags, local_addr)
        return await self._create_connection_transport(sock, protocol_factory, ssl,
                                                       server_hostname)

    async def _resolve_or_fail(self, address, **hints):
        found = await self._ensure_resolved(address, **hints)
        if not found:
            raise OSError('getaddrinfo() returned empty list')
        return found

    async def _dial(self, host, port, family, proto, flags, local_addr):
        """A connected stream socket to the first address of host:port that accepts."""
        hints = dict(family=family, type=socket.SOCK_STREAM, proto=proto, flags=flags)
        targets = await self._resolve_or_fail((host, port), **hints)
        sources = None
        if local_addr is not None:
            sources = await self._resolve_or_fail(local_addr, **hints)
        failures = []
        for target in targets:
            try:
                return await self._dial_one(target, sources, failures)
            except OSError:
                continue
        raise _one_error_of(failures)

    async def _dial_one(self, target, sources, failures):
        af, kind, proto, _, address = target
        sock = socket.socket(family=af, type=kind, proto=proto)
        try:
            sock.setblocking(False)
            if sources is not None:
                self._bind_local(sock, af, sources, failures)
            await self.sock_connect(sock, address)
        except OSError as exc:
            failures.append(exc)
            sock.close()
            raise
        except:
            sock.close()
            raise
        return sock

    @staticmethod
    def _bind_local(sock, af, sources, failures):
        same_family = [entry[4] for entry in sources if entry[0] == af]
        bind_errors = []
        for address in same_family:
            try:
                sock.bind(address)
                failures.extend(bind_errors)
                return
            except OSError as err:
                bind_errors.append(_bind_failure(err, address))
        if bind_errors:
            failures.extend(bind_errors[:-1])
            raise bind_errors[-1]
        raise OSError(f'no matching local address with family={af} found')

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connect to the Unix socket at path (or use sock): (transport, protocol)."""
        _no_ssl(ssl)
        path = _unix_path(path, sock, 'no path and sock were specified')
        if path is not None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        return await self._create_connection_transport(sock, protocol_factory, ssl,
                                                       server_hostname)

    # ---- servers ----

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=_socket.AF_UNSPEC, flags=_socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        """Listen on every address host:port resolves to (or on sock); a Server."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        for value, name in ((ssl_handshake_timeout, 'ssl_handshake_timeout'),
                            (ssl_shutdown_timeout, 'ssl_shutdown_timeout')):
            if value is not None and ssl is None:
                raise ValueError(f'{name} is only meaningful with ssl')
        _no_ssl(ssl)
        if host is None and port is None:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            listening = [sock]
        elif sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        else:
            listening = await self._bound_sockets(host, port, family, flags,
                                                  True if reuse_address is None else reuse_address,
                                                  reuse_port)
        return await self._serve(listening, protocol_factory, backlog, start_serving)

    async def _bound_sockets(self, host, port, family, flags, reuse_address, reuse_port):
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not isinstance(host, collections.abc.Iterable):
            hosts = [host]
        else:
            hosts = list(host)
        entries = []
        for one in hosts:
            entries += await self._ensure_resolved((one, port), family=family,
                                                   type=socket.SOCK_STREAM, flags=flags)
        made = []
        try:
            for af, kind, proto, _, address in dict.fromkeys(
                    (e[0], e[1], e[2], None, e[4]) for e in entries):
                try:
                    sock = socket.socket(af, kind, proto)
                except OSError:
                    continue        # a family this host cannot open (IPv6 disabled)
                made.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    sock.bind(address)
                except OSError as err:
                    raise _bind_failure(err, address) from None
        except BaseException:
            for sock in made:
                sock.close()
            raise
        return made

    async def _serve(self, listening, protocol_factory, backlog, start_serving):
        for sock in listening:
            sock.setblocking(False)
        server = Server(self, listening, protocol_factory, backlog)
        if start_serving:
            server._listen()
            await tasks.sleep(0)
        return server

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True):
        """Listen on the Unix socket path (a stale socket file there is removed) or on sock."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        _no_ssl(ssl)
        path = _unix_path(path, sock, 'path was not specified, and no sock specified')
        if path is not None:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            _remove_stale_unix_socket(path)
            try:
                sock.bind(path)
            except BaseException as exc:
                sock.close()
                if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
                raise
        return await self._serve([sock], protocol_factory, backlog, start_serving)

    def _start_serving(self, protocol_factory, sock, server, backlog=100):
        self._watch(sock.fileno(), _READ, self._accept_pending,
                    (protocol_factory, sock, server, backlog))

    def _stop_serving(self, sock):
        self._unwatch(sock.fileno(), _READ)
        sock.close()

    def _accept_pending(self, protocol_factory, sock, server, backlog):
        # Take every connection already queued (at most backlog) on one readiness event.
        for _ in range(backlog):
            try:
                conn, peer = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    raise       # the loop reports it through the exception handler
                self.call_exception_handler({'message': 'socket.accept() out of system resource',
                                             'exception': exc, 'socket': sock})
                self._unwatch(sock.fileno(), _READ)
                self.call_later(ACCEPT_RETRY_DELAY, self._start_serving, protocol_factory,
                                sock, server, backlog)
                return
            self.create_task(self._welcome(protocol_factory, conn, {'peername': peer}, server))

    async def _welcome(self, protocol_factory, conn, extra, server):
        made = {}
        try:
            def make(protocol, ready):
                made['protocol'] = protocol
                made['transport'] = self._make_socket_transport(
                    conn, protocol, waiter=ready, extra=extra, server=server)
                return made['transport']
            await self._wrap_connected(make, protocol_factory)
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            if self._debug or not isinstance(exc, exceptions.CancelledError):
                self.call_exception_handler(dict(
                    message='Error on transport creation for incoming connection',
                    exception=exc, **made))

    # ---- datagrams ----

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        """A datagram socket bound to local_addr and/or connected to remote_addr."""
        if sock is None:
            sock, r_addr = await self._datagram_socket(local_addr, remote_addr, family, proto,
                                                       flags, reuse_port, allow_broadcast)
        else:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            modifiers = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                             proto=proto, flags=flags, reuse_port=reuse_port,
                             allow_broadcast=allow_broadcast)
            given = ', '.join(f'{name}={value}' for name, value in modifiers.items() if value)
            if given:
                raise ValueError('socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({given})')
            sock.setblocking(False)
            r_addr = None
        return await self._wrap_connected(
            lambda protocol, ready: self._make_datagram_transport(sock, protocol, r_addr, ready),
            protocol_factory)

    async def _datagram_plans(self, local_addr, remote_addr, family, proto, flags):
        """(family, proto, local address, remote address) choices, best first."""
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            return [(family, proto, None, None)]
        if family == socket.AF_UNIX:
            if any(a is not None and not isinstance(a, str) for a in (local_addr, remote_addr)):
                raise TypeError('string is expected')
            if local_addr:
                _remove_stale_unix_socket(local_addr)
            return [(family, proto, local_addr, remote_addr)]
        by_kind = {}        # (family, proto) -> [local, remote], in resolver order
        for side, address in enumerate((local_addr, remote_addr)):
            if address is None:
                continue
            if not (isinstance(address, tuple) and len(address) == 2):
                raise TypeError('2-tuple is expected')
            found = await self._resolve_or_fail(address, family=family, type=socket.SOCK_DGRAM,
                                                proto=proto, flags=flags)
            for af, _, pr, _, sa in found:
                by_kind.setdefault((af, pr), [None, None])[side] = sa
        plans = [(af, pr, lo, re) for (af, pr), (lo, re) in by_kind.items()
                 if (lo is not None or not local_addr) and (re is not None or not remote_addr)]
        if not plans:
            raise ValueError('can not get address information')
        return plans

    async def _datagram_socket(self, local_addr, remote_addr, family, proto, flags,
                               reuse_port, allow_broadcast):
        failures = []
        for af, pr, local, remote in await self._datagram_plans(local_addr, remote_addr,
                                                                family, proto, flags):
            sock = None
            try:
                sock = socket.socket(family=af, type=socket.SOCK_DGRAM, proto=pr)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if allow_broadcast:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                sock.setblocking(False)
                if local_addr:
                    sock.bind(local)
                if remote_addr and not allow_broadcast:
                    await self.sock_connect(sock, remote)
            except BaseException as exc:
                if sock is not None:
                    sock.close()
                if not isinstance(exc, OSError):
                    raise
                failures.append(exc)
                continue
            return sock, (remote if remote_addr else None)
        raise failures[0]


# ---- transports ----

def _watched(loop, fd, slot):
    try:
        key = loop._selector.get_key(fd)
    except (KeyError, AttributeError):
        return False
    return bool(key.events & _SLOT_EVENTS[slot])


class _SelectorTransport(transports._FlowControlMixin, transports.Transport):
    """The part socket transports share: the socket and its fd, protocol notification,
    outgoing data accounting, and the two ways down (close after flushing, or at once)."""

    max_size = 256 * 1024       # bytes read at most per readiness event

    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        extra = self._extra
        extra['socket'] = sock
        extra['sockname'] = _or_none(sock.getsockname)
        if 'peername' not in extra:
            extra['peername'] = _or_none(sock.getpeername)
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._closing = False       # close() or a fatal error: no more reading
        self._paused = False        # pause_reading()
        self._lost = False          # connection_lost is scheduled (or has run)
        self._late_writes = 0       # writes attempted after that
        if server is not None:
            server._connection_opened()
        loop._transports[self._sock_fd] = self

    def _announce(self, waiter):
        # connection_made first, then reading starts, then whoever waits on the transport.
        call_soon = self._loop.call_soon
        call_soon(self._protocol.connection_made, self)
        call_soon(self._start_reading)
        if waiter is not None:
            call_soon(_resolve_waiter, waiter)

    def __repr__(self):
        words = [type(self).__name__]
        if self._sock is None:
            words.append('closed')
        elif self._closing:
            words.append('closing')
        words.append(f'fd={self._sock_fd}')
        loop = self._loop
        if loop is not None and not loop.is_closed():
            words.append('read=' + ('polling' if _watched(loop, self._sock_fd, _READ) else 'idle'))
            state = 'polling' if _watched(loop, self._sock_fd, _WRITE) else 'idle'
            words.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<' + ' '.join(words) + '>'

    def __del__(self):
        if self._sock is not None:
            self._sock.close()

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def _start_reading(self):
        if self.is_reading():
            self._loop._watch(self._sock_fd, _READ, self._read_ready, ())

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._unwatch(self._sock_fd, _READ)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._start_reading()

    # outgoing data: the subclass's queue
    def _has_pending(self):
        raise NotImplementedError

    def _drop_pending(self):
        raise NotImplementedError

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._unwatch(self._sock_fd, _READ)
        if not self._has_pending():
            # Nothing left to send; otherwise the writer finishes the job once flushed.
            self._loop._unwatch(self._sock_fd, _WRITE)
            self._schedule_lost(None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._lost:
            return
        if self._has_pending():
            self._drop_pending()
            self._loop._unwatch(self._sock_fd, _WRITE)
        if not self._closing:
            self._closing = True
            self._loop._unwatch(self._sock_fd, _READ)
        self._schedule_lost(exc)

    def _schedule_lost(self, exc):
        self._lost = True
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        self._lost = True
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            loop = self._loop
            if loop._transports.get(self._sock_fd) is self:
                del loop._transports[self._sock_fd]
            self._sock.close()
            self._sock = self._protocol = self._loop = None
            server, self._server = self._server, None
            if server is not None:
                server._connection_done()

    def _count_late_write(self):
        self._late_writes += 1
        if self._late_writes >= LOG_THRESHOLD_FOR_CONNLOST_WRITES:
            logger.warning('socket.send() raised exception.')

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({'message': message, 'exception': exc,
                                               'transport': self, 'protocol': self._protocol})
        elif self._loop.get_debug():
            logger.debug('%r: %s', self, message, exc_info=True)
        self._force_close(exc)

    def _guarded(self, message, func, *args):
        """func(*args); if it raises (not SystemExit/KeyboardInterrupt) the transport dies
        with message and _FAILED is returned."""
        try:
            return func(*args)
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            self._fatal_error(exc, message)
            return _FAILED

    def _sock_call(self, message, func, *args):
        """A non-blocking socket call: its result, _AGAIN if it would block, _FAILED."""
        try:
            return func(*args)
        except _RETRY_LATER:
            return _AGAIN
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            self._fatal_error(exc, message)
            return _FAILED


def _resolve_waiter(waiter):
    if not waiter.cancelled():
        waiter.set_result(None)


def _check_bytes(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f'data argument must be a bytes-like object, '
                        f'not {type(data).__name__!r}')


class _SelectorSocketTransport(_SelectorTransport):
    """Stream transport over a connected socket."""

    _buffered = False           # the protocol is a BufferedProtocol

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(loop, sock, protocol, extra, server)
        self._outgoing = bytearray()
        self._eof = False           # write_eof() was called
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        self._announce(waiter)

    def set_protocol(self, protocol):
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)
        super().set_protocol(protocol)

    def get_write_buffer_size(self):
        return len(self._outgoing)

    def _has_pending(self):
        return bool(self._outgoing)

    def _drop_pending(self):
        self._outgoing.clear()

    # -- reading --

    def _read_ready(self):
        if self._lost:
            return
        if self._buffered:
            self._read_into_protocol_buffer()
            return
        data = self._sock_call('Fatal read error on socket transport',
                               self._sock.recv, self.max_size)
        if data is _AGAIN or data is _FAILED:
            return
        if not data:
            self._eof_arrived()
            return
        self._guarded('Fatal error: protocol.data_received() call failed.',
                      self._protocol.data_received, data)

    def _lend_buffer(self):
        buf = self._protocol.get_buffer(-1)
        if not len(buf):
            raise RuntimeError('get_buffer() returned an empty buffer')
        return buf

    def _read_into_protocol_buffer(self):
        buf = self._guarded('Fatal error: protocol.get_buffer() call failed.', self._lend_buffer)
        if buf is _FAILED:
            return
        count = self._sock_call('Fatal read error on socket transport', self._sock.recv_into, buf)
        if count is _AGAIN or count is _FAILED:
            return
        if not count:
            self._eof_arrived()
            return
        self._guarded('Fatal error: protocol.buffer_updated() call failed.',
                      self._protocol.buffer_updated, count)

    def _eof_arrived(self):
        if self._loop.get_debug():
            logger.debug('%r received EOF', self)
        keep_open = self._guarded('Fatal error: protocol.eof_received() call failed.',
                                  self._protocol.eof_received)
        if keep_open is _FAILED:
            return
        if keep_open:
            # Half-closed: the peer is done sending, we may still write.
            self._loop._unwatch(self._sock_fd, _READ)
        else:
            self.close()

    # -- writing --

    def write(self, data):
        _check_bytes(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._lost:
            self._count_late_write()
            return
        if not self._outgoing:
            # Nothing queued: hand the kernel what it takes now, queue only the rest.
            taken = self._sock_call('Fatal write error on socket transport', self._sock.send, data)
            if taken is _FAILED:
                return
            if taken is not _AGAIN:
                if taken >= len(data):
                    return
                data = memoryview(data)[taken:]
            self._loop._watch(self._sock_fd, _WRITE, self._write_ready, ())
        self._outgoing += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._lost:
            return
        taken = self._sock_call('Fatal write error on socket transport',
                                self._sock.send, self._outgoing)
        if taken is _AGAIN or taken is _FAILED:
            return
        del self._outgoing[:taken]
        self._maybe_resume_protocol()
        if self._outgoing:
            return
        self._loop._unwatch(self._sock_fd, _WRITE)
        if self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._outgoing:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True


class _SelectorDatagramTransport(_SelectorTransport, transports.DatagramTransport):
    """Datagram transport: whole datagrams in and out; socket errors go to the protocol's
    error_received rather than ending the transport."""

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address     # the connected peer, if any
        self._queue = collections.deque()   # (bytes, address) the socket has not taken yet
        self._queued_bytes = 0
        self._announce(waiter)

    def get_write_buffer_size(self):
        return self._queued_bytes

    def _has_pending(self):
        return bool(self._queue)

    def _drop_pending(self):
        self._queue.clear()
        self._queued_bytes = 0

    def _read_ready(self):
        if self._lost:
            return
        try:
            data, peer = self._sock.recvfrom(self.max_size)
        except _RETRY_LATER:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
            return
        self._protocol.datagram_received(data, peer)

    def _send_one(self, data, peer):
        """Send one datagram: True if sent, False if the socket is full, None if it failed
        (an OSError goes to the protocol's error_received, anything else ends the transport)."""
        try:
            if self._extra['peername']:
                self._sock.send(data)
            else:
                self._sock.sendto(data, peer)
            return True
        except _RETRY_LATER:
            return False
        except OSError as exc:
            self._protocol.error_received(exc)
        except _NEVER_SWALLOWED:
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal write error on datagram transport')
        return None

    def sendto(self, data, addr=None):
        _check_bytes(data)
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._lost:
            self._count_late_write()
            return
        if not self._queue:
            if self._send_one(data, addr) is not False:
                return
            self._loop._watch(self._sock_fd, _WRITE, self._write_ready, ())
        self._queue.append((bytes(data), addr))
        self._queued_bytes += len(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        queue = self._queue
        while queue:
            data, peer = queue[0]
            sent = self._send_one(data, peer)
            if sent is False:
                break
            if not queue:       # a fatal error emptied the queue: the transport is gone
                return
            queue.popleft()
            self._queued_bytes -= len(data)
            if sent is None:    # reported to the protocol; the rest waits for the next event
                return
        self._maybe_resume_protocol()
        if not queue:
            self._loop._unwatch(self._sock_fd, _WRITE)
            if self._closing:
                self._call_connection_lost(None)
