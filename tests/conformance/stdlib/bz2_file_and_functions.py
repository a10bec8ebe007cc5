# bz2.BZ2File, bz2.open and the one-shot functions: several streams in one file, trailing
# garbage, read/readline/readinto/peek/seek/tell, writing, text modes and their argument errors.
import bz2
import io
import os
import tempfile


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, bytes) else (len(r), r[:24]))
    except Exception as e:
        print(label, type(e).__name__, e)


first = b''.join(b'first stream line %d\n' % i for i in range(500))
second = b'second stream\n' * 3
z = bz2.compress(first) + bz2.compress(second, 1)
print(bz2.decompress(z) == first + second)
print(bz2.decompress(z + b'\0\0 not a stream') == first + second)
attempt('empty', lambda: bz2.decompress(b''))
attempt('truncated', lambda: bz2.decompress(z[:-3]))
attempt('garbage only', lambda: bz2.decompress(b'not bzip2 data'))
attempt('str', lambda: bz2.compress('text'))
attempt('level', lambda: bz2.compress(b'x', 0))

with bz2.BZ2File(io.BytesIO(z + b'junk after')) as f:
    print(f.readable(), f.writable(), f.seekable())
    print(f.peek()[:5], f.read(6), f.readline(), f.tell())
    print(f.readline(5), f.read1(3))
    buf = bytearray(8)
    print(f.readinto(buf), bytes(buf))
    print(f.seek(-14, io.SEEK_END), f.read())
    print(f.seek(0), f.read(11), f.seek(5, io.SEEK_CUR), f.read(6))
    print(len(f.readlines()), f.read(), f.tell())
    attempt('whence', lambda: f.seek(0, 3))
    attempt('readline float', lambda: f.readline(1.5))
    attempt('read float', lambda: f.read(1.5))
    attempt('write', lambda: f.write(b'x'))
print(f.closed)
attempt('read closed', lambda: f.read())
attempt('peek closed', lambda: f.peek())

with bz2.BZ2File(io.BytesIO(z), 'rb') as f:
    print(sum(1 for _ in f), f.tell())
attempt('truncated file', lambda: bz2.BZ2File(io.BytesIO(z[:-5])).read())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.bz2')
    with bz2.BZ2File(path, 'w', compresslevel=1) as f:
        print(f.write(b'hello '), f.write(memoryview(b'world\n')), f.tell())
        f.writelines([b'more\n', bytearray(b'lines\n')])
        attempt('read in write mode', lambda: f.read())
        attempt('seek in write mode', lambda: f.seek(0))
    with bz2.BZ2File(path, 'a') as f:
        f.write(b'appended\n')
    with bz2.open(path) as f:
        print(f.read())
    try:
        bz2.BZ2File(path, 'x')
    except FileExistsError as e:
        print('x mode on existing', e.errno)   # the message holds the temporary path
    with bz2.open(path, 'wt', encoding='utf-8', newline='\r\n') as f:
        print(f.write('héllo\nwörld\n'))
    with bz2.open(path, 'rb') as f:
        print(f.read())
    with bz2.open(path, 'rt', encoding='utf-8', newline='') as f:
        print(f.readlines())
    with bz2.open(path, 'rt', encoding='ascii', errors='replace') as f:
        print(f.read())

attempt('mode', lambda: bz2.BZ2File(io.BytesIO(), 'rw'))
attempt('text mode on BZ2File', lambda: bz2.BZ2File(io.BytesIO(), 'rt'))
attempt('level', lambda: bz2.BZ2File(io.BytesIO(), 'w', compresslevel=10))
attempt('filename', lambda: bz2.BZ2File(123))
attempt('open tb', lambda: bz2.open(io.BytesIO(), 'rtb'))
attempt('open encoding', lambda: bz2.open(io.BytesIO(), 'rb', encoding='utf-8'))
attempt('open errors', lambda: bz2.open(io.BytesIO(), 'rb', errors='strict'))
attempt('open newline', lambda: bz2.open(io.BytesIO(), 'rb', newline='\n'))
out = io.BytesIO()
with bz2.open(out, 'w') as f:
    f.write(b'data')
print(out.closed, bz2.decompress(out.getvalue()))
