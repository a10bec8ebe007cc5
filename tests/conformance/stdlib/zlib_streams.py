# zlib: one-shot and streaming compression on the system zlib, checksums, errors.
import zlib

data = b"hello world " * 100 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    packed = zlib.compress(data, level)
    print(level, len(packed), zlib.decompress(packed) == data, packed[:2])
print(zlib.compress(b"hello" * 10), zlib.compress(b"hello", 9), zlib.compress(b"", 0), zlib.compress(b"abc", wbits=-15))
print(zlib.decompress(zlib.compress(b"abc", wbits=31), wbits=31), zlib.decompress(zlib.compress(b"raw", wbits=-9), -9), zlib.decompress(zlib.compress(b"gz", wbits=31), 47))
print(zlib.crc32(b"abc"), zlib.crc32(b"def", zlib.crc32(b"abc")) == zlib.crc32(b"abcdef"), zlib.adler32(b"abc"), zlib.adler32(b"abc", 5), zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"x", -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_DEFAULT_STRATEGY, zlib.Z_DEFAULT_COMPRESSION)
c = zlib.compressobj(9)
parts = [c.compress(data[:500]), c.compress(data[500:]), c.flush()]
stream = b"".join(parts)
print(stream == zlib.compress(data, 9), len(stream))
c2 = zlib.compressobj()
first = c2.compress(b"abc") + c2.flush(zlib.Z_SYNC_FLUSH)
copy = c2.copy()
rest = c2.compress(b"def") + c2.flush()
print(zlib.decompress(first + rest), zlib.decompress(first + copy.compress(b"xyz") + copy.flush()))
d = zlib.decompressobj()
out = d.decompress(stream[:100]) + d.decompress(stream[100:] + b"TRAILER")
print(out == data, d.eof, d.unused_data, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
chunk = d.decompress(stream, 50)
print(len(chunk), len(d.unconsumed_tail) > 0, d.eof)
while not d.eof:
    chunk += d.decompress(d.unconsumed_tail, 50)
print(chunk == data, d.eof, d.unused_data)
d = zlib.decompressobj()
half = d.decompress(stream[:len(stream) // 2])
print(len(half + d.flush()) <= len(data), d.eof)
for bad in [lambda: zlib.decompress(b"xx"), lambda: zlib.decompress(zlib.compress(b"abc")[:-2]), lambda: zlib.compress(b"a", 10),
            lambda: zlib.decompressobj().decompress(b"xx"), lambda: zlib.compressobj(wbits=99), lambda: zlib.compress("a"),
            lambda: zlib.decompress(zlib.compress(b"abc"), bufsize=-1), lambda: zlib.decompressobj().decompress(b"", -1),
            lambda: zlib.compressobj().flush(99)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(issubclass(zlib.error, Exception))
