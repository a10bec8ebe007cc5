# Character properties of every 7th code point under unicodedata (Unicode 14.0) and ucd_3_2_0:
# one CRC per 64K plane-block of compact records, so a difference names its block; then a few
# characters in full.
import unicodedata
import zlib


def record(db, c):
    return "%s|%s|%d|%d|%s|%s|%s|%s|%s" % (
        db.category(c), db.bidirectional(c), db.combining(c), db.mirrored(c), db.east_asian_width(c),
        db.decomposition(c), db.decimal(c, "-"), db.digit(c, "-"), db.numeric(c, "-"))


for db in (unicodedata, unicodedata.ucd_3_2_0):
    print("unidata_version", db.unidata_version)
    for block in range(0, 0x110000, 0x4000):
        text = "\n".join(record(db, chr(cp)) for cp in range(block, block + 0x4000, 7))
        print("%06X %08x" % (block, zlib.crc32(text.encode())))

samples = "aA0½²٣௰ↂ〇一\u00e9\u1e9b\uac00\ufb01\u2460\u0301\u05d0\u0627\u200f\u3000\uff21\U0001F600\U00010107\U0002F800\u0221\u20ac\ufffd\U000E0001"
for c in samples:
    print("U+%04X" % ord(c), record(unicodedata, c), "/", record(unicodedata.ucd_3_2_0, c))
print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, unicodedata.UCD.__name__, isinstance(unicodedata.ucd_3_2_0, unicodedata.UCD))
print(repr(unicodedata.numeric("\u2189")), repr(unicodedata.numeric("\U0001F10C")), repr(unicodedata.numeric("\u5146")))
print(unicodedata.decimal("x", None), unicodedata.digit("\u00b2"), unicodedata.numeric("x", 1.5))
