# Codecs real programs use: UTF-16/32 with BOMs and byte orders, utf-8-sig, cp437/cp1252 and other
# code pages, error handlers (built-in and registered), codecs.lookup's canonical names, the
# incremental/stream codecs, bytes-to-bytes codecs, and text files in those encodings.
import codecs, io, os, tempfile
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "cp1252", "cp437", "latin-1", "ascii", "cp850", "koi8-r", "mac-roman", "iso8859-15", "cp1251"]:
    s = "h\xe9llo \u20ac"
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s, codecs.lookup(enc).name)
    except UnicodeEncodeError as e:
        print(enc, "UEE", e)
    print(enc, "replace", s.encode(enc, "replace"), s.encode(enc, "xmlcharrefreplace"), s.encode(enc, "backslashreplace"), s.encode(enc, "ignore"))
print(bytes(range(128, 256)).decode("cp437"))
print(bytes(range(128, 256)).decode("cp1252", "replace"))
for data, enc in [(b"\x81", "cp1252"), (b"\x00\xd8", "utf-16-le"), (b"a", "utf-16"), (b"abc", "utf-32"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le")]:
    try: data.decode(enc)
    except UnicodeDecodeError as e: print("UDE", e, e.start, e.end, e.reason, e.encoding)
    print(data.decode(enc, "replace"), data.decode(enc, "backslashreplace"), data.decode(enc, "ignore"))
for s, enc in [("\u20ac", "cp437"), ("\ud800", "utf-16"), ("ab\u20ac\u20acc", "cp1252"), ("\u0100", "cp437"), ("\u20ac\u0100x", "cp437")]:
    try: s.encode(enc)
    except UnicodeEncodeError as e: print("UEE", e, e.start, e.end, e.reason, e.encoding)
print("\ud800".encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == "\ud800")
print("\ud800x".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode("hello", "rot13"), codecs.encode(b"hi", "base64"))
try: "x".encode("hex")
except LookupError as e: print(e)
try: codecs.lookup("nope")
except LookupError as e: print(e)
try: "x".encode("nope")
except LookupError as e: print(e)
try: "x".encode("utf-8", "nohandler")
except LookupError as e: print(e)
def handler(exc):
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("mark", handler)
print("a\u20acb\u20ac".encode("ascii", "mark"), b"a\xffb".decode("utf-8", "mark"), "\u20ac".encode("cp437", "mark"))
print(codecs.lookup_error("mark") is handler, codecs.lookup_error("strict") is codecs.strict_errors)
def search(name):
    if name == "myenc":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)), lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="myenc")
codecs.register(search)
print("abc".encode("myenc"), b"ABC".decode("myenc"), codecs.lookup("myenc").name)
print(codecs.encode("x", "utf-16"), codecs.decode(b"\xff\xfex\x00", "utf-16"))
print(list(codecs.iterencode(["a", "b", "c"], "utf-16")), "".join(codecs.iterdecode([b"\xff", b"\xfea", b"\x00b", b"\x00"], "utf-16")))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
for enc in ["utf-16", "cp1252", "utf-8-sig", "cp437"]:
    with open(p, "w", encoding=enc) as f:
        f.write("caf\xe9\n"); f.write("line2\n")
    with open(p, "rb") as f: print(enc, f.read())
    with open(p, encoding=enc) as f: print(f.read().splitlines(), end=" ")
    with open(p, encoding=enc) as f: print(list(f))
with codecs.open(p, "w", encoding="utf-16") as f:
    f.write("x\xe9\n")
with codecs.open(p, "r", encoding="utf-16") as f:
    print(repr(f.read()))
w = codecs.getwriter("utf-8")(io.BytesIO()); w.write("\xe9"); print(w.getvalue())
r = codecs.getreader("cp1252")(io.BytesIO(b"\x80abc\nxyz")); print(repr(r.readline()), repr(r.read()))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.lookup("utf8")[:2] == (codecs.lookup("utf8").encode, codecs.lookup("utf8").decode))
print(codecs.decode(b"a\\nb\\x41\\u20ac", "unicode_escape"), codecs.encode("a\nb\u20ac\xe9", "unicode_escape"), codecs.encode("a\u20ac\xe9", "raw_unicode_escape"), codecs.decode(b"a\\u20ac\\n", "raw_unicode_escape"))
print("\u20ac".encode("utf-8-sig"), b"\xef\xbb\xbf\xe2\x82\xac".decode("utf-8-sig"), b"\xe2\x82\xac".decode("utf-8-sig"))
import shutil
shutil.rmtree(d)
