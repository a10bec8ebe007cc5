# socket and select basics: socketpair, TCP over 127.0.0.1 port 0, timeouts, non-blocking
# errors, UDP, epoll, selectors, errno-mapped exceptions, makefile. Prints no ports or fds.
import socket, select, selectors
a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.getsockname())
a.sendall(b'hello')
print(b.recv(100))
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
s, addr = srv.accept()
print(addr[0], s.getsockname() == c.getpeername())
c.sendall(b'x' * 100000)
got = 0
while got < 100000:
    got += len(s.recv(65536))
print(got)
s.settimeout(0.05)
try:
    s.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e)
s.setblocking(False)
try:
    s.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
r, w, x = select.select([s], [s], [], 0); print(r, w == [s], x)
sel = selectors.DefaultSelector()
sel.register(s, selectors.EVENT_READ, 'data')
print(sel.select(0))
c.send(b'yo')
print([(k.data, ev) for k, ev in sel.select(1)])
print(s.recv(10))
try:
    sel.register(s, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError')
c.close()
print(s.recv(10))
s.close(); srv.close()
d = socket.socket()
try:
    d.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(repr(e))
print(d.connect_ex(('127.0.0.1', port)))
try:
    socket.getaddrinfo('nonexistent.invalid', 80)
except socket.gaierror as e:
    print(type(e), e.errno)
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.inet_aton('1.2.3.4'), socket.inet_ntoa(b'\x01\x02\x03\x04'), socket.htons(1), socket.htonl(1))
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'dgram', u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
ep = select.epoll()
ep.register(u1.fileno(), select.EPOLLIN)
print(ep.poll(0))
u2.sendto(b'd2', u1.getsockname())
print(ep.poll(1))
try: ep.register(u1.fileno(), select.EPOLLIN)
except FileExistsError as e: print(repr(e))
ep.close()
try: ep.poll()
except ValueError as e: print(e)
a2, b2 = socket.socketpair()
f = b2.makefile('rb')
a2.sendall(b'line1\nline2\n'); a2.close()
print(f.readline(), f.read())
f.close(); b2.close()
print(b2.fileno())
