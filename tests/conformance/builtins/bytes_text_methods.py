# The ASCII text methods of bytes and bytearray (padding, case, is*, partition,
# rsplit, translate, removeprefix ...) and bytearray's list-like mutators.
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = [b"", b"abc", b"Hello World", b"hello world", b"HELLO", b"  x\ty\n",
           b"a1", b"123", b"\x80abc", b"Title Case Words", b"tITLE", b"-42", b"+7",
           b"a\tb\tc\r\n12\t3", b"ab--cd--ef", b"x.y.z"]
for kind in (bytes, bytearray):
    print("==", kind.__name__)
    for s in map(kind, samples):
        print(repr(s))
        for m in ["capitalize", "title", "swapcase", "isalnum", "isalpha", "isascii",
                  "isdigit", "islower", "isupper", "isspace", "istitle", "expandtabs"]:
            show("  " + m, lambda: getattr(s, m)())
        show("  center9*", lambda: s.center(9, b"*"))
        show("  center8", lambda: s.center(8))
        show("  ljust7.", lambda: s.ljust(7, bytearray(b".")))
        show("  rjust7", lambda: s.rjust(7))
        show("  zfill6", lambda: s.zfill(6))
        show("  expandtabs3", lambda: s.expandtabs(3))
        show("  expandtabs0", lambda: s.expandtabs(tabsize=0))
        show("  partition", lambda: s.partition(b"--"))
        show("  rpartition", lambda: s.rpartition(b"."))
        show("  rsplit", lambda: s.rsplit())
        show("  rsplit1", lambda: s.rsplit(None, 1))
        show("  rsplit--", lambda: s.rsplit(b"--", maxsplit=1))
        show("  rsplit.", lambda: s.rsplit(b"."))
        show("  removeprefix", lambda: s.removeprefix(b"ab"))
        show("  removesuffix", lambda: s.removesuffix(memoryview(b"ef")))
        show("  translate", lambda: s.translate(bytes.maketrans(b"abc", b"xyz"), b"l"))
        show("  translate None", lambda: s.translate(None, delete=b"o "))

# Unchanged exact bytes come back as the same object; bytearrays are copies.
b = b"keep"
print(b.center(2) is b, b.zfill(1) is b, b.removeprefix(b"x") is b, b.translate(None) is b,
      b.partition(b"z")[0] is b)
ba = bytearray(b"keep")
print(ba.center(2) is ba, type(ba.partition(b"e")[1]).__name__)

for label, f in [("fill str", lambda: b"a".center(5, "*")),
                 ("fill long", lambda: b"a".ljust(5, b"**")),
                 ("width str", lambda: b"a".rjust("5")),
                 ("partition str", lambda: b"a".partition("a")),
                 ("partition empty", lambda: b"a".rpartition(b"")),
                 ("rsplit empty", lambda: b"a".rsplit(b"")),
                 ("table short", lambda: b"a".translate(b"xy")),
                 ("maketrans len", lambda: bytes.maketrans(b"ab", b"c")),
                 ("maketrans str", lambda: bytearray.maketrans("a", "b")),
                 ("center none", lambda: b"a".center()),
                 ("bytes", lambda: bytes.__bytes__(b"xy")),
                 ]:
    show(label, f)

ba = bytearray(b"hello")
ba.insert(0, 72)
ba.insert(-1, ord("L"))
ba.insert(100, 33)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba, ba.rindex(b"l"), ba.rindex(ord("H")))
show("remove missing", lambda: ba.remove(0))
show("insert bad", lambda: ba.insert(0, 256))
show("rindex missing", lambda: ba.rindex(b"zz"))
