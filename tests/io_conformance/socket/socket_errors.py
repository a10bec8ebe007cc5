# Argument errors of the socket and select modules: CPython's exception types and messages.
import socket, select, selectors

s = socket.socket()
for bad in [('127.0.0.1',), '127.0.0.1', ('127.0.0.1', 70000), ('127.0.0.1', 'x')]:
    try:
        s.bind(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.settimeout(-1)
except ValueError as e:
    print(e)
try:
    s.settimeout('x')
except TypeError as e:
    print(e)
print(s.gettimeout(), s.getblocking())
s.settimeout(2)
print(s.gettimeout(), s.getblocking())
s.close()
s.close()
print(s.fileno())
try:
    s.recv(1)
except OSError as e:
    print(type(e).__name__, e)
try:
    select.select([-1], [], [])
except ValueError as e:
    print(e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
try:
    select.select(['x'], [], [])
except TypeError as e:
    print(e)
sel = selectors.SelectSelector()
try:
    sel.register(0, 0)
except ValueError as e:
    print(e)
try:
    sel.unregister(0)
except KeyError as e:
    print(e)
try:
    sel.get_key(5)
except KeyError as e:
    print(e)
k = sel.register(0, selectors.EVENT_READ, 'd')
print(k.fd, k.events, k.data, len(sel.get_map()), 0 in sel.get_map())
print(sel.modify(0, selectors.EVENT_READ, 'e').data)
sel.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b'one')
print(b.recv(10), a.type, a.family)
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\x00' * 15 + b'\x01'))
try:
    socket.inet_aton('x.y')
except OSError as e:
    print(e)
print(isinstance(socket.gethostname(), str), socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), socket.gaierror.__module__)
