# The TypeError, ValueError and KeyError messages of the unicodedata functions and UCD methods.
import unicodedata


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", ascii(f(*args, **kwargs)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for db, prefix in ((unicodedata, "mod"), (unicodedata.ucd_3_2_0, "ucd")):
    for fname in ("category", "bidirectional", "combining", "mirrored", "east_asian_width", "decomposition"):
        f = getattr(db, fname)
        attempt(prefix + " " + fname + "('ab')", f, "ab")
        attempt(prefix + " " + fname + "('')", f, "")
        attempt(prefix + " " + fname + "(1)", f, 1)
        attempt(prefix + " " + fname + "()", f)
        attempt(prefix + " " + fname + "('a', 'b')", f, "a", "b")
        attempt(prefix + " " + fname + "(chr='a')", f, chr="a")
    for fname in ("decimal", "digit", "numeric", "name"):
        f = getattr(db, fname)
        attempt(prefix + " " + fname + "('x')", f, "x")
        attempt(prefix + " " + fname + "('\\x00')", f, "\x00")
        attempt(prefix + " " + fname + "('x', None)", f, "x", None)
        attempt(prefix + " " + fname + "('ab')", f, "ab")
        attempt(prefix + " " + fname + "(b'a')", f, b"a")
        attempt(prefix + " " + fname + "()", f)
        attempt(prefix + " " + fname + "('a', 1, 2)", f, "a", 1, 2)
        attempt(prefix + " " + fname + "('a', default=1)", f, "a", default=1)
    for fname in ("normalize", "is_normalized"):
        f = getattr(db, fname)
        attempt(prefix + " " + fname + "('NFX', 'a')", f, "NFX", "a")
        attempt(prefix + " " + fname + "('nfc', 'a')", f, "nfc", "a")
        attempt(prefix + " " + fname + "(1, 'a')", f, 1, "a")
        attempt(prefix + " " + fname + "('NFC', 1)", f, "NFC", 1)
        attempt(prefix + " " + fname + "('NFC', b'a')", f, "NFC", b"a")
        attempt(prefix + " " + fname + "('NFC')", f, "NFC")
        attempt(prefix + " " + fname + "('NFC', 'a', 'b')", f, "NFC", "a", "b")
        attempt(prefix + " " + fname + "(form='NFC', unistr='a')", f, form="NFC", unistr="a")
    attempt(prefix + " lookup()", db.lookup)
    attempt(prefix + " lookup(1)", db.lookup, 1)
    attempt(prefix + " lookup(bytearray)", db.lookup, bytearray(b"SPACE"))
    attempt(prefix + " lookup(memoryview)", db.lookup, memoryview(b"SPACE"))
    attempt(prefix + " lookup('a', 'b')", db.lookup, "a", "b")
    attempt(prefix + " lookup(name='a')", db.lookup, name="a")
    attempt(prefix + " lookup('nope')", db.lookup, "nope")
    attempt(prefix + " lookup(long)", db.lookup, "A" * 300)
attempt("UCD()", unicodedata.UCD)
print(repr(unicodedata.UCD))
