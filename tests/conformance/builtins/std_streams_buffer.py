# sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: the binary layer of each standard
# stream. Text is flushed before bytes are written so the order does not depend on buffering
# (CPython keeps unflushed text in its TextIOWrapper).
import io
import os
import sys

out = sys.stdout.buffer
print(out is sys.stdout.buffer, out.name, out.mode, out.closed, out.writable(), out.readable(),
      out.seekable() in (True, False), out.fileno())
print(isinstance(out, io.IOBase), isinstance(sys.stdin.buffer, io.BufferedIOBase))
sys.stdout.flush()
print(out.write(b'bytes 1\n'), out.write(bytearray(b'bytes 2\n')), out.write(memoryview(b'bytes 3\n')))
out.flush()
out.writelines([b'a\n', b'b\n'])
out.write('caf\u00e9\n'.encode())
out.flush()
for bad in ('text', 5, None):
    try:
        out.write(bad)
    except TypeError as e:
        print('TypeError', e)

# stdin's binary layer, fed through a pipe on descriptor 0.
r, w = os.pipe()
os.write(w, b'first line\nsecond\nabcdefghij\nrest 1\nrest 2\nlast')
os.close(w)
os.dup2(r, 0)
os.close(r)
inp = sys.stdin.buffer
print(inp is sys.stdin.buffer, inp.name, inp.mode, inp.readable(), inp.writable())
try:
    inp.write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', isinstance(e, OSError), isinstance(e, ValueError))
print(inp.readline())
print(inp.readline(3), inp.readline())
print(inp.read(3))
buf = bytearray(4)
print(inp.readinto(buf), buf)
print(inp.readline())
print(inp.readlines())
print(inp.read(), inp.readline(), inp.read(5))
print(sys.stderr.buffer.name, sys.stderr.buffer.mode, sys.stderr.buffer.writable())
