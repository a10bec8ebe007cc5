# Places that take bytes-like arguments accept memoryview (and refuse strided views as CPython).
import binascii, hashlib, struct, zlib, os


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b'abcabc')
s = m[::2]          # not C-contiguous
t(lambda: bytes(m)); t(lambda: bytes(s)); t(lambda: bytearray(m)); t(lambda: bytearray(s))
t(lambda: b'-'.join([m, b'x', bytearray(b'y'), m[1:2]])); t(lambda: b''.join([s]))
t(lambda: bytearray(b'-').join([m]))
t(lambda: b'xyz' + m); t(lambda: bytearray(b'xyz') + m); t(lambda: b'xyz' + s)
ba = bytearray(b'q'); ba += m; print(ba)
t(lambda: ba.extend(s)); print(ba)
t(lambda: b'abcabc'.find(m[1:3])); t(lambda: b'abcabc'.count(m[0:1])); t(lambda: b'abcabc'.rfind(s))
t(lambda: b'abcabc'.index(memoryview(b'ca'))); t(lambda: b'abcabc'.split(m[2:3]))
t(lambda: b'abcabc'.replace(m[0:1], memoryview(b'XY'))); t(lambda: b'abcabc'.strip(m[0:2]))
t(lambda: b'abcabc'.startswith(m[0:2])); t(lambda: b'abcabc'.endswith((b'q', m[4:]))); t(lambda: b'abc'.startswith(s))
t(lambda: m[1:2] in b'abc'); t(lambda: s in b'abc'); t(lambda: memoryview(b'b') in bytearray(b'abc'))
t(lambda: str(m, 'ascii')); t(lambda: str(s, 'ascii')); t(lambda: str(bytearray(b'hi'), 'utf-8'))
t(lambda: b'%b|%s' % (m, memoryview(b'z'))); t(lambda: b'%b' % (s,))
t(lambda: hashlib.sha256(m).hexdigest()); t(lambda: hashlib.md5(s)); t(lambda: hashlib.md5('x'))
h = hashlib.sha1(); h.update(m); h.update(bytearray(b'x')); print(h.hexdigest())
t(lambda: binascii.hexlify(m)); t(lambda: binascii.crc32(m)); t(lambda: binascii.a2b_hex(memoryview(b'6162')))
t(lambda: binascii.b2a_base64(m)); t(lambda: binascii.hexlify(s))
t(lambda: zlib.decompress(memoryview(zlib.compress(m)))); t(lambda: zlib.crc32(m))
t(lambda: struct.unpack('<3h', m)); t(lambda: struct.unpack_from('<h', m, 2)); t(lambda: struct.unpack('<h', s))
buf = bytearray(8)
w = memoryview(buf)
struct.pack_into('<hh', w, 2, 258, -1); print(buf)
struct.pack_into('<h', w[4:], 0, 772); print(buf)
t(lambda: struct.pack_into('<h', memoryview(b'abcd'), 0, 1)); t(lambda: struct.pack_into('<h', b'abcd', 0, 1))
t(lambda: struct.pack_into('<h', w[::2], 0, 1))
class Shrink:
    def __index__(self):
        buf.clear()
        return 1
t(lambda: struct.pack_into('<h', buf, 0, Shrink())); print(len(buf))
r, wfd = os.pipe()
print(os.write(wfd, memoryview(b'pipe-data')[0:4]), os.read(r, 10))
t(lambda: os.write(wfd, s)); t(lambda: os.write(wfd, 5))
os.close(r); os.close(wfd)
t(lambda: b'a\nb\r\nc\rd\n'.splitlines()); t(lambda: b'a\nb\r\nc\rd\n'.splitlines(True))
t(lambda: bytearray(b'x\n\ny').splitlines(keepends=1)); t(lambda: b''.splitlines()); t(lambda: b'\x0b\x0c\x1c'.splitlines())
t(lambda: b'x'.splitlines(None)); t(lambda: b'x'.splitlines(1.0)); t(lambda: b'x'.splitlines(1, 2))
sl = bytearray(b'abcd')
sl[0:2] = memoryview(b'xyzw')[::2]; print(sl)
sl[0:2] = memoryview(sl)[::-1][0:2]; print(sl)
t(lambda: sl.extend(memoryview(b'xyzw')[::2])); sl.extend(memoryview(b'!')); print(sl)
