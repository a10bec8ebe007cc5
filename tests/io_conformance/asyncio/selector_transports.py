# The selector loop below streams: add_reader/add_writer bookkeeping, the sock_* coroutines,
# socket and datagram transports (protocol callback order, BufferedProtocol, flow control,
# pause/resume, write_eof, abort, error messages), create_connection/create_server errors
# and Server lifetime, all over 127.0.0.1 port 0 and socketpairs.
import asyncio, errno, re, socket


def clean(text):
    text = re.sub(r'fd=\d+', 'fd=N', str(text))
    return re.sub(r"'127\.0\.0\.1', \d+", "'127.0.0.1', P", text)


class Recorder(asyncio.Protocol):
    def __init__(self, log, name, keep_open=False):
        self.log, self.name, self.keep_open = log, name, keep_open
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.tr = tr
        self.log.append(f'{self.name} made')

    def data_received(self, data):
        self.log.append(f'{self.name} data {data!r}')

    def eof_received(self):
        self.log.append(f'{self.name} eof')
        return self.keep_open

    def pause_writing(self):
        self.log.append(f'{self.name} pause_writing')

    def resume_writing(self):
        self.log.append(f'{self.name} resume_writing')

    def connection_lost(self, exc):
        self.log.append(f'{self.name} lost {exc!r}')
        if not self.lost.done():
            self.lost.set_result(None)


class Buffered(asyncio.BufferedProtocol):
    def __init__(self, log):
        self.log = log
        self.buf = bytearray(4)
        self.got = bytearray()
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, tr):
        self.log.append('buffered made')

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, n):
        self.got += self.buf[:n]

    def eof_received(self):
        self.log.append(f'buffered eof {bytes(self.got)!r}')

    def connection_lost(self, exc):
        self.log.append(f'buffered lost {exc!r}')
        self.done.set_result(None)


async def readers_and_writers(loop):
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    events = []
    print('remove unknown', loop.remove_reader(a.fileno()), loop.remove_writer(a.fileno()))
    loop.add_reader(a, lambda: events.append(('read', a.recv(10))))
    loop.add_writer(a.fileno(), lambda: (events.append('write'), loop.remove_writer(a)))
    b.send(b'ping')
    for _ in range(5):
        await asyncio.sleep(0.01)
    print(sorted(map(str, events)))
    print('remove', loop.remove_reader(a), loop.remove_reader(a), loop.remove_writer(a))
    # replacing a reader: only the new callback runs
    loop.add_reader(a, lambda: events.append('old'))
    loop.add_reader(a, lambda: (events.append('new'), a.recv(10), loop.remove_reader(a)))
    b.send(b'x')
    await asyncio.sleep(0.02)
    print(events[-1:], 'old' in events)
    for bad in ('nofd', 1.5):
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print('ValueError', e)
    a.close(); b.close()


async def sock_calls(loop):
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    recv = asyncio.ensure_future(loop.sock_recv(b, 100))
    await asyncio.sleep(0)
    print('recv pending', recv.done())
    await loop.sock_sendall(a, b'hello')
    print('recv', await recv)
    buf = bytearray(3)
    await loop.sock_sendall(a, b'abcdef')
    print('recv_into', await loop.sock_recv_into(b, buf), bytes(buf))
    print('rest', await loop.sock_recv(b, 100))
    # a cancelled recv leaves no reader behind
    t = asyncio.ensure_future(loop.sock_recv(a, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('recv cancelled')
    print('reader left', loop.remove_reader(a))
    # the peer's end is closed: empty bytes
    b.close()
    print('after close', await loop.sock_recv(a, 10))
    a.close()

    srv = socket.socket()
    srv.bind(('127.0.0.1', 0)); srv.listen(); srv.setblocking(False)
    addr = srv.getsockname()
    cli = socket.socket(); cli.setblocking(False)
    acc = asyncio.ensure_future(loop.sock_accept(srv))
    await loop.sock_connect(cli, addr)
    conn, peer = await acc
    print('accepted', peer == cli.getsockname(), conn.gettimeout())
    await loop.sock_sendall(cli, b'q' * 200000)
    got = 0
    while got < 200000:
        got += len(await loop.sock_recv(conn, 65536))
    print('moved', got)
    conn.close(); cli.close(); srv.close()

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.bind(('127.0.0.1', 0))
    u1.setblocking(False); u2.setblocking(False)
    print('sendto', await loop.sock_sendto(u1, b'dgram', u2.getsockname()))
    data, frm = await loop.sock_recvfrom(u2, 100)
    print('recvfrom', data, frm == u1.getsockname())
    u1.close(); u2.close()

    refused = socket.socket(); refused.bind(('127.0.0.1', 0))
    port = refused.getsockname()[1]
    refused.close()
    s = socket.socket(); s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ECONNREFUSED, clean(e))
    s.close()


async def stream_transports(loop):
    log = []
    srvlog = []
    server_protos = []

    def factory():
        p = Recorder(srvlog if not server_protos else [], 'srv', keep_open=True)
        server_protos.append(p)
        return p

    server = await loop.create_server(factory, '127.0.0.1', 0)
    print('serving', server.is_serving(), server.get_loop() is loop, len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    tr, cp = await loop.create_connection(lambda: Recorder(log, 'cli'), '127.0.0.1', port)
    log.append('create_connection returned')
    print(clean(repr(tr)))
    print('peer', clean(tr.get_extra_info('peername')), tr.get_extra_info('nope', 'dflt'))
    print('is_reading', tr.is_reading(), 'can_write_eof', tr.can_write_eof())
    for bad in ('text', 5, None):
        try:
            tr.write(bad)
        except TypeError as e:
            print('TypeError', e)
    tr.write(b'')
    tr.write(b'one ')
    tr.writelines([b'two ', bytearray(b'three'), memoryview(b'!')])
    await asyncio.sleep(0.05)
    srv_tr = server_protos[0].tr
    srv_tr.pause_reading()
    print('server reading', srv_tr.is_reading())
    tr.write(b'while paused')
    await asyncio.sleep(0.05)
    log.append('resume')
    srv_tr.resume_reading()
    srv_tr.resume_reading()
    await asyncio.sleep(0.05)
    tr.write_eof()
    tr.write_eof()
    try:
        tr.write(b'late')
    except RuntimeError as e:
        print('RuntimeError', e)
    await asyncio.sleep(0.05)
    srv_tr.write(b'reply after eof')
    srv_tr.close()
    print('closing', srv_tr.is_closing(), srv_tr.is_reading())
    await cp.lost
    await server_protos[0].lost
    print(clean(repr(tr)))
    for line in srvlog + log:
        print(' ', line)

    # flow control on a large write, then close() flushes before connection_lost
    log.clear()
    tr, cp = await loop.create_connection(lambda: Recorder(log, 'big'), '127.0.0.1', port)
    tr.set_write_buffer_limits(high=1000)
    print('limits', tr.get_write_buffer_limits())
    tr.write(b'z' * 3_000_000)
    print('buffered', tr.get_write_buffer_size() > 0)
    tr.close()
    tr.close()
    await cp.lost
    print([l for l in log if 'data' not in l])
    await asyncio.sleep(0.05)

    # abort drops the buffer and reports connection_lost(None)
    log.clear()
    tr, cp = await loop.create_connection(lambda: Recorder(log, 'abort'), '127.0.0.1', port)
    tr.write(b'y' * 3_000_000)
    tr.abort()
    print('abort size', tr.get_write_buffer_size(), tr.is_closing())
    await cp.lost
    print(log)

    # BufferedProtocol receives into its own small buffer
    log.clear()
    tr, bp = await loop.create_connection(lambda: Buffered(log), '127.0.0.1', port)
    await asyncio.sleep(0.02)
    server_protos[-1].tr.write(b'buffered bytes')
    server_protos[-1].tr.close()
    await bp.done
    print(log)

    # fd in use by a transport
    tr, cp = await loop.create_connection(lambda: Recorder([], 'x'), '127.0.0.1', port)
    try:
        loop.add_reader(tr.get_extra_info('socket').fileno(), print)
    except RuntimeError as e:
        print('RuntimeError', re.sub(r'\d+', 'N', str(e).split(' is used')[0]) + ' is used ...')
    tr.close()
    await cp.lost

    async with server:
        pass
    print('after async with', server.is_serving(), server.sockets)
    await server.wait_closed()


async def connection_errors(loop):
    cases = [
        dict(host='127.0.0.1', port=1, sock=socket.socket()),
        dict(),
        dict(sock=socket.socket(type=socket.SOCK_DGRAM)),
        dict(host='127.0.0.1', port=1, server_hostname='x'),
        dict(host='127.0.0.1', port=1, ssl_handshake_timeout=1),
    ]
    for kw in cases:
        try:
            await loop.create_connection(asyncio.Protocol, **kw)
        except (ValueError, OSError) as e:
            print(type(e).__name__, clean(re.sub(r'<socket.*>', '<socket>', str(e))))
        s = kw.get('sock')
        if s is not None:
            s.close()
    probe = socket.socket(); probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, clean(e))
    for kw in [dict(), dict(host='127.0.0.1', port=0, sock=socket.socket()),
               dict(sock=socket.socket(type=socket.SOCK_DGRAM)), dict(ssl=True),
               dict(host='127.0.0.1', port=0, ssl_handshake_timeout=3)]:
        try:
            await loop.create_server(asyncio.Protocol, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, re.sub(r'<socket.*>', '<socket>', str(e)))
        s = kw.get('sock')
        if s is not None:
            s.close()
    first = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0, reuse_address=False)
    port = first.sockets[0].getsockname()[1]
    try:
        await loop.create_server(asyncio.Protocol, '127.0.0.1', port, reuse_address=False)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EADDRINUSE, clean(e))
    first.close()
    await first.wait_closed()

    srv = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0, start_serving=False)
    print('start_serving=False', srv.is_serving())
    await srv.start_serving()
    print('started', srv.is_serving())
    task = asyncio.ensure_future(srv.serve_forever())
    await asyncio.sleep(0)
    try:
        await srv.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', re.sub(r'<Server.*>', '<Server>', str(e)))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving', srv.is_serving(), srv.sockets)
    try:
        await srv.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', re.sub(r'<Server.*>', '<Server>', str(e)))


async def datagrams(loop):
    log = []

    class Echo(asyncio.DatagramProtocol):
        def connection_made(self, tr):
            self.tr = tr
            log.append('echo made')

        def datagram_received(self, data, addr):
            log.append(f'echo got {data!r}')
            self.tr.sendto(data.upper(), addr)

    class Client(asyncio.DatagramProtocol):
        def __init__(self):
            self.got = loop.create_future()

        def connection_made(self, tr):
            log.append('client made')

        def datagram_received(self, data, addr):
            log.append(f'client got {data!r}')
            self.got.set_result(data)

        def error_received(self, exc):
            log.append(f'client error {type(exc).__name__}')

        def connection_lost(self, exc):
            log.append(f'client lost {exc!r}')

    etr, ep = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    eaddr = etr.get_extra_info('sockname')
    ctr, cp = await loop.create_datagram_endpoint(Client, remote_addr=eaddr)
    print(clean(repr(ctr)), ctr.get_write_buffer_size())
    ctr.sendto(b'hi')
    print(await cp.got)
    try:
        ctr.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('ValueError', clean(e))
    try:
        ctr.sendto('text')
    except TypeError as e:
        print('TypeError', e)
    ctr.sendto(b'')
    ctr.close()
    etr.close()
    await asyncio.sleep(0.02)
    # a connected UDP socket whose peer is gone reports error_received
    gone = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); gone.bind(('127.0.0.1', 0))
    gaddr = gone.getsockname()
    gone.close()
    ctr, cp = await loop.create_datagram_endpoint(Client, remote_addr=gaddr)
    ctr.sendto(b'void')
    await asyncio.sleep(0.05)
    ctr.sendto(b'void')
    await asyncio.sleep(0.05)
    ctr.abort()
    await asyncio.sleep(0.01)
    for line in log:
        print(' ', line)
    for kw in [dict(), dict(sock=socket.socket(), local_addr=('127.0.0.1', 0)),
               dict(sock=socket.socket(socket.AF_INET, socket.SOCK_DGRAM), family=2)]:
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol, **kw)
        except ValueError as e:
            print('ValueError', re.sub(r'<socket.*>', '<socket>', str(e)))
        s = kw.get('sock')
        if s is not None:
            s.close()
    tr, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                family=socket.AF_INET)
    print('unbound', tr.get_extra_info('sockname'))
    tr.close()
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    for step in (readers_and_writers, sock_calls, stream_transports, connection_errors,
                 datagrams):
        print(f'-- {step.__name__}')
        await step(loop)

asyncio.run(main())
