# zlib's preset dictionaries on both sides (zlib and raw streams, whole and piece by piece), the
# error without one, and copies of stream objects (copy(), copy.copy, copy.deepcopy) before and
# after flush.
import copy
import zlib

zdict = b"the quick brown fox jumps over the lazy dog " * 4
data = b"the lazy dog jumps over the quick brown fox; " * 50

for wbits in (15, -15):
    c = zlib.compressobj(wbits=wbits, zdict=zdict)
    packed = c.compress(data) + c.flush()
    d = zlib.decompressobj(wbits=wbits, zdict=zdict)
    print(wbits, len(packed) < len(zlib.compress(data)), d.decompress(packed) + d.flush() == data)
    d = zlib.decompressobj(wbits=wbits, zdict=bytearray(zdict))
    pieces = b"".join(d.decompress(packed[i:i + 7]) for i in range(0, len(packed), 7))
    print(wbits, "streamed", pieces + d.flush() == data, d.eof)

packed = zlib.compressobj(zdict=zdict).compress(data)
try:
    zlib.decompressobj().decompress(packed + zlib.compressobj(zdict=zdict).flush())
except zlib.error as e:
    print("zlib.error", e)
for bad in [1, "text", None]:
    try:
        zlib.decompressobj(zdict=bad)
    except TypeError as e:
        print("TypeError", e)

c = zlib.compressobj()
head = c.compress(data[:100])
for make in (lambda o: o.copy(), copy.copy, copy.deepcopy):
    twin = make(c)
    print(type(twin).__name__, zlib.decompress(head + twin.compress(data[100:]) + twin.flush()) == data)
c.flush()
for make in (lambda o: o.copy(), copy.copy, copy.deepcopy):
    try:
        make(c)
    except ValueError as e:
        print("ValueError", e)

whole = zlib.compress(data)
d = zlib.decompressobj()
part = d.decompress(whole[:50])
for make in (lambda o: o.copy(), copy.copy, copy.deepcopy):
    twin = make(d)
    print(type(twin).__name__, part + twin.decompress(whole[50:]) + twin.flush() == data)
d.decompress(whole[50:])
print("eof before flush", d.eof, d.copy().eof)
d.flush()
for make in (lambda o: o.copy(), copy.copy, copy.deepcopy):
    try:
        make(d)
    except ValueError as e:
        print("ValueError", e)
print(d.flush(), d.unused_data, d.eof)
try:
    d.decompress(b"extra")
except zlib.error as e:
    print("zlib.error", e)
