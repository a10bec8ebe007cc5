# normalize() and is_normalized() in the four forms, under Unicode 14.0 and ucd_3_2_0: Hangul,
# marks out of canonical order, compatibility characters, composition exclusions, singletons,
# blocked and unblocked marks; then every BMP character in every form as a checksum.
import unicodedata
import zlib

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
cases = [
    "", "ascii only", "caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\u0071\u0307\u0323", "\u0071\u0323\u0307",
    "a\u0301\u0323\u0308b", "a\u0308\u0301\u0323", "\uac00", "\uac01", "\u1100\u1161", "\u1100\u1161\u11a8",
    "\uac00\u11a8", "\u1100\u1161\u0300\u11a8", "\u1100\u0300\u1161", "\ud7a3\u11a8", "\u1112\u1175\u11c2",
    "\ufb01", "\u2460", "\u00bd", "\u2126", "\u212b", "\u0958", "\u0344", "\u0f73", "\u2adc", "\U0001d15e",
    "\u0f71\u0f72", "\u0f72\u0f71", "\u00c5\u0301", "A\u030a\u0301", "\u1e0a\u0323", "\u1e0c\u0307",
    "\u0041\u0300\u0315\u0301", "\u05d0\u05b8\u05b7", "\u0915\u093c", "\u304b\u3099", "\u30ab\u3099\u309a",
    "\uff76\uff9e", "\u3300", "\u2fd5", "\uf900", "\U0002f800", "\u03d3", "\u1fee", "\u0385", "\u00a8\u0301",
    "\u0301a", "\u0301\u0301", "e\u0301\u0301", "\u0b47\u0b3e", "\u0b47\u0b57", "\u0dd9\u0dcf\u0dca",
    "\u1026\u102e", "\u0cc6\u0cc2\u0cd5", "\u0020\u0301", "\u00df", "\u1e9e", "\U0001f600", "x\u034f\u0301",
    "\ud800", "a\udfff\u0301", "\u0350\u0339", "\u0354\u0f73\u0355", "\u0221\u0301", "\u0f77", "\u2000",
]
for db in (unicodedata, unicodedata.ucd_3_2_0):
    print("--", db.unidata_version)
    for s in cases:
        print(ascii(s), [ascii(db.normalize(f, s)) for f in FORMS], "".join("1" if db.is_normalized(f, s) else "0" for f in FORMS))

s = "caf\u00e9"
print(unicodedata.normalize("NFC", s) is s, unicodedata.normalize("NFD", "abc") == "abc")

for db in (unicodedata, unicodedata.ucd_3_2_0):
    for form in FORMS:
        crc = 0
        changed = 0
        for block in range(0, 0x10000, 0x1000):
            text = "".join(chr(cp) for cp in range(block, block + 0x1000) if not 0xD800 <= cp < 0xE000)
            # Each character alone, joined, so that one character's form cannot hide another's.
            parts = [db.normalize(form, c) for c in text]
            changed += sum(1 for p, c in zip(parts, text) if p != c)
            crc = zlib.crc32("|".join(parts).encode(), crc)
            crc = zlib.crc32(db.normalize(form, text).encode(), crc)
        print(db.unidata_version, form, changed, "%08x" % crc)
