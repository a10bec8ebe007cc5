# zlib's integer arguments convert as CPython's (C int for levels, wbits, memLevel, strategy and
# flush modes; Py_ssize_t for sizes) instead of being truncated: compress(b'x', 1 << 62) compressed
# at level 0. Argument-count messages, zdict=None, copy()/__copy__/__deepcopy__ arity and the
# pickling refusal name things as CPython does.
import pickle
import zlib

data = zlib.compress(b"abc" * 10)
cases = [
    lambda: zlib.compress(b"x", 1 << 62),
    lambda: zlib.compress(b"x", -(1 << 40)),
    lambda: zlib.compress(b"x", 1 << 63),
    lambda: zlib.compress(b"x", wbits=1 << 62),
    lambda: zlib.compress(b"x", 10),
    lambda: zlib.decompress(data, wbits=1 << 62),
    lambda: zlib.decompress(data, wbits=-(1 << 62)),
    lambda: zlib.decompress(data, bufsize=1 << 63),
    lambda: zlib.decompress(data, bufsize=-1),
    lambda: len(zlib.decompress(data, bufsize=0)),
    lambda: zlib.compressobj(level=1 << 32),
    lambda: zlib.compressobj(method=1 << 32),
    lambda: zlib.compressobj(wbits=1 << 32),
    lambda: zlib.compressobj(memLevel=1 << 62),
    lambda: zlib.compressobj(strategy=1 << 32),
    lambda: zlib.compressobj(strategy=99),
    lambda: zlib.compressobj(zdict=None),
    lambda: zlib.compressobj(zdict="abc"),
    lambda: zlib.decompressobj(zdict="abc"),
    lambda: zlib.decompressobj(wbits=1 << 32),
    lambda: zlib.compressobj().flush(1 << 62),
    lambda: zlib.compressobj().flush(1 << 32 | zlib.Z_FINISH),
    lambda: zlib.compressobj().flush(mode=1),
    lambda: zlib.compressobj().flush(1, 2),
    lambda: zlib.decompressobj().flush(1 << 63),
    lambda: zlib.decompressobj().flush(0),
    lambda: zlib.decompressobj().flush(length=1),
    lambda: zlib.decompressobj().decompress(data, 1 << 63),
    lambda: zlib.decompressobj().decompress(data, -1),
    lambda: zlib.decompressobj().decompress(),
    lambda: zlib.compressobj().compress(),
    lambda: zlib.compressobj().compress(b"x", b"y"),
    lambda: zlib.compressobj().compress(data=b"x"),
    lambda: zlib.compressobj().compress(b"x", foo=1),
    lambda: zlib.compressobj().copy(1),
    lambda: zlib.compressobj().__copy__(1),
    lambda: zlib.decompressobj().__deepcopy__(),
    lambda: zlib.crc32(b"", value=1),
    lambda: zlib.adler32(b"", value=1),
    lambda: zlib.crc32(),
    lambda: zlib.crc32(b"x", 1 << 70),
    lambda: pickle.dumps(zlib.compressobj()),
    lambda: pickle.dumps(zlib.decompressobj()),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "ok", r if isinstance(r, (int, bytes)) else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
c = zlib.compressobj(zdict=b"abc")
print(zlib.decompressobj(zdict=b"abc").decompress(c.compress(b"abcabc") + c.flush()))
