# struct: every format character, byte orders, alignment, and struct.error messages.
import struct
tests = [lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 70000), lambda: struct.pack('H', -1),
 lambda: struct.pack('i', 2**31), lambda: struct.pack('I', -1), lambda: struct.pack('l', 2**63), lambda: struct.pack('L', -1), lambda: struct.pack('q', 2**63), lambda: struct.pack('Q', -1),
 lambda: struct.pack('<b', 200), lambda: struct.pack('<B', 256), lambda: struct.pack('<h', 70000), lambda: struct.pack('<H', -1), lambda: struct.pack('<i', 2**31), lambda: struct.pack('<I', -1), lambda: struct.pack('<l', 2**31), lambda: struct.pack('<L', 2**32), lambda: struct.pack('<q', 2**63), lambda: struct.pack('<Q', -1), lambda: struct.pack('n', 2**63), lambda: struct.pack('N', -1),
 lambda: struct.pack('i', 'x'), lambda: struct.pack('i', 1.5), lambda: struct.pack('f', 'x'), lambda: struct.pack('f', 1e300), lambda: struct.pack('e', 1e10), lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 'a'),
 lambda: struct.pack('z', 1), lambda: struct.pack('3', 1), lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abc'), lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.unpack_from('i', b'abcdef', -10),
 lambda: struct.pack_into('i', bytearray(6), 4, 1), lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: list(struct.iter_unpack('i', b'abcde')), lambda: struct.iter_unpack('', b''),
 lambda: struct.pack('<n', 1), lambda: struct.pack('<P', 1), lambda: struct.calcsize('ci'), lambda: struct.calcsize('<ci'), lambda: struct.calcsize('@cq'), lambda: struct.Struct('i x 2h').size, lambda: struct.Struct('>3s').format, lambda: struct.Struct(b'<i').format,
 lambda: struct.pack('?', []), lambda: struct.pack('P', -1), lambda: struct.pack('i', True), lambda: struct.pack('10p', b'hello'), lambda: struct.unpack('5p', b'\x09abcd'), lambda: struct.pack('3s', b'abcdef'), lambda: struct.pack('e', 1.5), lambda: struct.unpack('<e', b'\x00\x7c'),
 lambda: struct.pack('>d', 1.5).hex(), lambda: struct.pack('f', float('nan')), lambda: struct.Struct(1), lambda: struct.pack(), lambda: struct.pack('i'), lambda: struct.calcsize('999999999999999999999i'), lambda: struct.pack('0s'), lambda: struct.unpack('0s', b''), lambda: struct.pack('x'), lambda: struct.pack('2x3xi', 1)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)

for fmt in ["@bBhHiIlLqQnNP", "=bBhHiIlLqQ", "<bBhHiIlLqQ", ">bBhHiIlLqQ", "!hiq"]:
    n = len(fmt) - 1
    values = [(-1) ** k * (k + 1) if fmt[k + 1].islower() else k + 1 for k in range(n)]
    data = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), data.hex(), struct.unpack(fmt, data) == tuple(values))
for fmt, v in [("<d", 3.141592653589793), (">f", 0.1), ("<e", 0.1), (">e", -2.5), ("<e", 65504.0), ("<e", 6e-8), ("<e", 1e-9), ("<f", float("inf")), ("<d", -0.0)]:
    data = struct.pack(fmt, v)
    print(fmt, v, data.hex(), struct.unpack(fmt, data))
print(struct.unpack("<3e", struct.pack("<3e", float("nan"), float("-inf"), 1.0))[1:])
print(struct.pack("@ci", b"x", 7), struct.pack("=ci", b"x", 7), struct.pack("@iq", 1, 2).hex(), struct.calcsize("@qc"), struct.calcsize("@i0q"))
print(struct.pack("4s3p?c", b"ab", b"abcdef", 0, b"z"), struct.unpack("4s3p?c", b"ab\0\0\x02ab\x01z"))
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, -2, 99)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<i", buf, offset=4), struct.unpack_from("<h", buf, -10))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
s = struct.Struct("<2hf")
print(s.size, s.format, s.pack(1, 2, 0.5), s.unpack(s.pack(1, 2, 0.5)), s.unpack_from(b"xx" + s.pack(3, 4, 1.5), 2))
buf = bytearray(10); s.pack_into(buf, 1, 5, 6, 7.0); print(buf)
print(struct.pack(b"<i", 5), struct.unpack(b">i", bytearray(b"\0\0\1\0")), struct.pack("<Q", 2**64 - 1), struct.pack("<q", -2**63))
print(struct.unpack("<qQ", struct.pack("<qQ", -5, 2**63)), struct.pack(">?", 7), struct.unpack("??", b"\x00\x05"))
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<i", Idx()), struct.pack("<d", 3), struct.pack("<f", Idx()) if False else "")
try:
    struct.unpack("<i", "abcd")
except TypeError as e:
    print("TypeError", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
