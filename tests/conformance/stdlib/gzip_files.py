# gzip: compress/decompress (fixed mtime, multi-member, padding), GzipFile and open() in binary
# and text modes on a temporary folder and on BytesIO, headers with the file name, reading
# lines, seeking, and the errors of bad, truncated and corrupted data.
import gzip
import io
import os
import tempfile
import zlib

data = b'The quick brown fox jumps over the lazy dog.\n' * 50
blob = gzip.compress(data, mtime=0)
print(blob[:10], len(blob), gzip.decompress(blob) == data)
print(gzip.compress(b'', mtime=1)[:10], gzip.compress(b'abc', 1, mtime=2)[:10],
      gzip.compress(b'abc', compresslevel=5, mtime=3)[:10])
two = gzip.compress(b'one ', mtime=0) + b'\0\0\0' + gzip.compress(b'two', mtime=0)
print(gzip.decompress(two), gzip.decompress(b''))
print(zlib.decompress(blob, 31) == data)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt.gz')
    with gzip.open(path, 'wb') as f:
        print(type(f).__name__, f.mode, f.name == path, f.writable(), f.readable())
        print(f.write(b'line one\n'), f.write(bytearray(b'line two\n')), f.tell())
        f.write(memoryview(b'line three\n'))
    raw = open(path, 'rb').read()
    print(raw[:4], raw[8:10], raw[10:24])
    with gzip.open(path) as f:
        print(f.read(4), f.readline(), f.peek(1)[:1], f.tell())
        print(list(f), f.read(), f.mtime > 0)
        f.seek(5)
        print(f.read(3), f.seek(0, io.SEEK_END), f.read())
        f.rewind()
        print(f.read1(8))
    with gzip.open(path, 'at', encoding='utf-8') as f:
        f.write('été\n')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print(f.read().splitlines())
    with gzip.open(path, 'rb') as f:
        print(f.read().count(b'\n'))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=7, filename='x.bin') as f:
    f.write(b'abc' * 10)
    f.flush()
    f.write(b'tail')
print(buf.getvalue()[:16])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(), f.mtime, f.name)
    try:
        f.write(b'x')
    except OSError as e:
        print('OSError', e.errno == 9, e.strerror)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print('OSError', e.strerror)
w.seek(10)
try:
    w.seek(3)
except OSError as e:
    print('OSError', e)
print(w.tell())
w.close()

for bad in (b'not gzip at all', blob[:30], blob[:-4], blob[:-8] + b'\0\0\0\0' + blob[-4:],
            blob[:-4] + b'\1\0\0\0', b'\x1f\x8b\x07' + blob[3:]):
    for fn in (gzip.decompress, lambda b: gzip.GzipFile(fileobj=io.BytesIO(b)).read()):
        try:
            out = fn(bad)
            print('ok', len(out))
        except (OSError, EOFError) as e:
            print(type(e).__name__, str(e)[:60])
for args in [('x', 'rtb'), ('x', 'wb', 9, 'utf-8'), (3, 'rb'), ('x', 'rb', 9, None, 'strict'), ('x', 'wb', 9, None, None, '')]:
    try:
        gzip.open(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode='wt')
except ValueError as e:
    print('ValueError', e)
print(gzip.BadGzipFile.__mro__[1], gzip.READ, gzip.WRITE)
