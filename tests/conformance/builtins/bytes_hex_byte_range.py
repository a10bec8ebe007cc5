# bytes/bytearray: an int beyond the index range searched for (in, find, count, index) is just
# out of the byte range (ValueError, not OverflowError); fromhex skips only ASCII whitespace;
# hex() refuses a non-ASCII bytes separator. datetime.strptime's %Z keeps the zone's spelling.
import sys
from datetime import datetime

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for cls in (bytes, bytearray):
    b = cls(b'abc')
    for v in (sys.maxsize + 1, -sys.maxsize - 2, 2 ** 100, -1, 256, 98):
        t(lambda: v in b)
        t(lambda: b.find(v))
        t(lambda: b.count(v))
        t(lambda: b.index(v))
        t(lambda: b.rfind(v))
    t(lambda: b.find(1.5))
    for c in "\x09\x0A\x0B\x0C\x0D\x20\x1C\x1D\x1E\x1F\x85\xa0\u2000\u2028":
        t(lambda: cls.fromhex(c + '41' + c))
    three = cls.fromhex('b901ef')
    for sep in ('xx', '\xff', b'\xff', b'\x80', chr(0x100), ':', b'-', '\x00', b'\x00'):
        t(lambda: three.hex(sep))
    t(lambda: memoryview(three).hex(b'\xff'))

for text in ('+0000 UTC', '+0000 utc', '+0000 GMT', '-0500 gmt'):
    d = datetime.strptime(text, '%z %Z')
    print(text, d.tzname(), d.utcoffset())
print(datetime.strptime('UTC', '%Z').tzinfo)
