# lzma round trips in every container with filter chains and checks, LZMADecompressor fed in
# pieces with max_length (needs_input, eof, unused_data, check), and LZMAFile/open over several
# streams, trailing garbage, seeking, writing and text modes.
import io
import lzma
import os
import random
import tempfile


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, bytes) else (len(r), r[:16]))
    except Exception as e:
        print(label, type(e).__name__, e)


rng = random.Random(11)
data = bytes(rng.randrange(8) for _ in range(30000)) + b'the same line again\n' * 1500

chains = [
    [{'id': lzma.FILTER_LZMA2, 'preset': 1}],
    [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 3, 'lc': 1, 'pb': 0}],
    [{'id': lzma.FILTER_X86, 'start_offset': 64}, {'id': lzma.FILTER_LZMA2, 'dict_size': 1 << 20,
                                                   'mf': lzma.MF_HC4, 'mode': lzma.MODE_FAST, 'nice_len': 32}],
]
for chain in chains:
    z = lzma.compress(data, filters=chain)
    print('xz', len(z), lzma.decompress(z) == data)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    print('raw', len(raw), lzma.decompress(raw, lzma.FORMAT_RAW, filters=chain) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    z = lzma.compress(data, check=check, preset=2 | lzma.PRESET_EXTREME)
    d = lzma.LZMADecompressor()
    print('check', check, len(z), d.decompress(z) == data, d.check, d.eof)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA1, 'preset': 4, 'lp': 1}])
print('alone', alone[:5], lzma.decompress(alone) == data, lzma.decompress(alone, lzma.FORMAT_ALONE) == data)
attempt('alone as xz', lambda: lzma.decompress(alone, lzma.FORMAT_XZ))

z = lzma.compress(data, preset=1)
d = lzma.LZMADecompressor()
pos = 0
log = []
pieces = []
while not d.eof:
    chunk = z[pos:pos + rng.choice([1, 50, 700])] if d.needs_input else b''
    pos += len(chunk)
    piece = d.decompress(chunk, rng.choice([-1, 1, 100, 5000]))
    pieces.append(piece)
    log.append((len(chunk), len(piece), d.needs_input, d.check))
print(b''.join(pieces) == data, len(log), log[:4], log[-2:])
attempt('after eof', lambda: d.decompress(b'x'))
d = lzma.LZMADecompressor()
print(len(d.decompress(z + b'more bytes', 10)), d.needs_input, d.eof, d.unused_data)
print(len(d.decompress(b'')), d.needs_input, d.eof, d.unused_data)

c = lzma.LZMACompressor(lzma.FORMAT_XZ, lzma.CHECK_CRC32, 0)
parts = [c.compress(data[i:i + 4096]) for i in range(0, len(data), 4096)]
parts.append(c.flush())
print(lzma.decompress(b''.join(parts)) == data)
attempt('compress after flush', lambda: c.compress(b'x'))
attempt('flush again', lambda: c.flush())

two = lzma.compress(b'first\n' * 10) + lzma.compress(b'second\n', check=lzma.CHECK_NONE)
print(lzma.decompress(two + b'junk'))
attempt('padding then junk', lambda: lzma.decompress(two + b'\0' * 8 + b'junk'))
with lzma.LZMAFile(io.BytesIO(two + b'trailing junk')) as f:
    print(f.peek()[:3], f.read(4), f.readline(), f.tell(), f.seekable())
    print(f.seek(-7, io.SEEK_END), f.read(), f.seek(2), f.read(5), len(f.readlines()))
    attempt('write', lambda: f.write(b'x'))
attempt('closed', lambda: f.read())
attempt('truncated', lambda: lzma.LZMAFile(io.BytesIO(two[:-9])).read())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.xz')
    with lzma.open(path, 'w', preset=0) as f:
        print(f.write(b'one\n'), f.write(memoryview(b'two\n')), f.tell())
    with lzma.LZMAFile(path, 'a', format=lzma.FORMAT_ALONE) as f:
        f.write(b'three\n')
    with lzma.open(path) as f:
        print(f.read(), f.fileno() > 0)
    with lzma.open(path, 'wt', encoding='utf-8', newline='\r\n', check=lzma.CHECK_SHA256) as f:
        f.write('héllo\nwörld\n')
    with lzma.open(path, 'rt', encoding='utf-8', newline='') as f:
        print(f.readlines())

attempt('mode', lambda: lzma.LZMAFile(io.BytesIO(), 'rw'))
attempt('check when reading', lambda: lzma.LZMAFile(io.BytesIO(), check=lzma.CHECK_CRC32))
attempt('preset when reading', lambda: lzma.LZMAFile(io.BytesIO(), preset=1))
attempt('filename', lambda: lzma.LZMAFile(42))
attempt('open tb', lambda: lzma.open(io.BytesIO(), 'rbt'))
attempt('open encoding', lambda: lzma.open(io.BytesIO(), 'rb', encoding='utf-8'))
attempt('bad format file', lambda: lzma.LZMAFile(io.BytesIO(), 'w', format=7))
attempt('raw file', lambda: lzma.LZMAFile(io.BytesIO(b''), format=lzma.FORMAT_RAW).read())
