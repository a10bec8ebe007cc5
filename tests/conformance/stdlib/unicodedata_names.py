# name() of a sample of code points (table names, CJK and Hangul names made by rule, names
# ending in their code point) and lookup() back, case-insensitively for table names; aliases
# and named sequences; what ucd_3_2_0 does not know.
import unicodedata
import zlib

names = []
for cp in range(0, 0x110000, 13):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        names.append("%X %s" % (cp, n))
        assert unicodedata.lookup(n) == chr(cp), n
print(len(names), zlib.crc32("\n".join(names).encode()))
for line in names[::97]:
    print(line)

for cp in (0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2B739, 0x30000, 0x3134A, 0xAC00, 0xAC01,
           0xB098, 0xD7A3, 0x1100, 0xF900, 0x2F800, 0x18B00, 0x1B170, 0x17000, 0x18800, 0xE000, 0xFFFF, 0x10FFFF):
    print("%X" % cp, unicodedata.name(chr(cp), None), unicodedata.ucd_3_2_0.name(chr(cp), None))


def show(db, name):
    try:
        print(repr(name), ascii(db.lookup(name)))
    except KeyError as e:
        print(repr(name), "KeyError", e)


queries = ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter Sharp S", "SNOWMAN",
           "CJK UNIFIED IDEOGRAPH-4E00", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-03400",
           "CJK UNIFIED IDEOGRAPH-9FA6", "CJK UNIFIED IDEOGRAPH-340", "CJK UNIFIED IDEOGRAPH-2A6E0",
           "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE HIH", "hangul syllable ga",
           "HANGUL SYLLABLE ", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GAX",
           "KHITAN SMALL SCRIPT CHARACTER-18B00", "khitan small script character-18b00",
           "KHITAN SMALL SCRIPT CHARACTER-018B00", "CJK COMPATIBILITY IDEOGRAPH-F900", "NUSHU CHARACTER-1B170",
           "TANGUT IDEOGRAPH-17000", "LATIN CAPITAL LETTER GHA", "latin capital letter gha", "BEL", "BYTE ORDER MARK",
           "NBSP", "KEYCAP NUMBER SIGN", "keycap asterisk", "TAMIL SYLLABLE KSSA", "LATIN SMALL LETTER D WITH CURL",
           "", "SPACE ", " SPACE", "SPACE", "x" * 256, "x" * 257, "\u00e9", b"SPACE", b"LATIN CAPITAL LETTER GHA"]
for db in (unicodedata, unicodedata.ucd_3_2_0):
    print("--", db.unidata_version)
    for q in queries:
        show(db, q)
