# _bz2's streaming objects: round trips at every level, max_length and needs_input while a
# stream is fed in pieces, unused_data after the end, and every argument and data error.
import bz2
from bz2 import BZ2Compressor, BZ2Decompressor


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, bytes) else (len(r), r[:24]))
    except Exception as e:
        print(label, type(e).__name__, e)


text = b''.join(b'line %d of the text, with some repetition\n' % (i % 37) for i in range(2000))
for level in range(1, 10):
    c = BZ2Compressor(level)
    parts = [c.compress(text[i:i + 999]) for i in range(0, len(text), 999)]
    z = b''.join(parts) + c.flush()
    print(level, z[:4], bz2.decompress(z) == text)

z = bz2.compress(text)
# Feeding one byte at a time with small output limits.
d = BZ2Decompressor()
out = []
pos = 0
log = []
while not d.eof:
    chunk = z[pos:pos + 1000] if d.needs_input else b''
    pos += len(chunk)
    piece = d.decompress(chunk, 4000)
    out.append(piece)
    log.append((len(chunk), len(piece), d.needs_input, d.eof))
print(b''.join(out) == text, len(log), log[:5], log[-3:])
print(d.unused_data, d.needs_input)
attempt('after eof', lambda: d.decompress(b'x'))

d = BZ2Decompressor()
print(len(d.decompress(z + b'trailing bytes')), d.eof, d.unused_data, d.needs_input)
d = BZ2Decompressor()
print(d.decompress(z, 0), d.needs_input, d.eof)
print(len(d.decompress(b'', 10)), d.needs_input)
print(len(d.decompress(b'', -1)), d.eof)

# Argument errors.
attempt('level 0', lambda: BZ2Compressor(0))
attempt('level 10', lambda: BZ2Compressor(10))
attempt('level str', lambda: BZ2Compressor('9'))
attempt('level float', lambda: BZ2Compressor(9.0))
attempt('level huge', lambda: BZ2Compressor(2 ** 40))
attempt('two args', lambda: BZ2Compressor(1, 2))
attempt('keyword', lambda: BZ2Compressor(compresslevel=5))
attempt('decomp arg', lambda: BZ2Decompressor(1))
attempt('decomp kw', lambda: BZ2Decompressor(x=1))
c = BZ2Compressor()
attempt('compress str', lambda: c.compress('text'))
attempt('compress none', lambda: c.compress())
attempt('compress two', lambda: c.compress(b'a', b'b'))
attempt('flush arg', lambda: c.flush(1))
attempt('compress memoryview', lambda: c.compress(memoryview(b'abc')))
attempt('flush', lambda: c.flush())
attempt('flush again', lambda: c.flush())
attempt('compress after flush', lambda: c.compress(b'x'))
d = BZ2Decompressor()
attempt('decompress str', lambda: d.decompress('x'))
attempt('decompress max str', lambda: d.decompress(b'', 'a'))
attempt('decompress kw', lambda: d.decompress(data=b'', max_length=3))
attempt('subclass', lambda: type('Sub', (BZ2Compressor,), {}))

# Data errors.
for label, data in [('garbage', b'garbage!'), ('magic only', b'BZh9'), ('bad level', b'BZh0' + z[4:]),
                    ('flipped', z[:40] + bytes([z[40] ^ 0xff]) + z[41:]), ('cut', z[:-4])]:
    d = BZ2Decompressor()
    attempt(label, lambda: d.decompress(data))
    print('   ', d.eof, d.needs_input)
    attempt(label + ' then', lambda: d.decompress(b'BZh9'))
