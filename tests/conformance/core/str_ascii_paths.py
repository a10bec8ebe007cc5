# ASCII fast paths of str methods must agree with the general (non-ASCII) paths:
# lengths, indexing after the operation, and mixed ASCII/non-ASCII operands.
samples = ["hello World", "  spaced\tout \n", "caf\u00e9 au lait", "na\u00efve stra\u00dfe", "",
           "a", "line1\nline2\r\nline3\rx\x0by\x1cz", "MiXeD cAsE wOrDs"]
for s in samples:
    for r in (s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize()):
        print(repr(r), len(r), r[-1:] if r else None, r[::-1][:3])
    print(s.split(), s.split(" "), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
    print(s.strip(), "|", s.lstrip(), "|", s.rstrip(), "|", s.strip("ah"))
    print(s.partition(" "), s.rpartition(" "), s.partition("\u00e9"))
    parts = s.split("a")
    print(parts, [len(p) for p in parts], [p[1:2] for p in parts])
    print(repr(s.replace(" ", "_")), repr(s.replace("a", "\u00e9")), len(s.replace("a", "\u00e9")))
    print(s.replace("l", "L").upper().lower() == s.replace("l", "L").lower())
    try:
        print(s.encode("ascii"))
    except UnicodeEncodeError as e:
        print("encode error:", e)
    print(s.encode("latin-1", "replace"), s.encode(), s.encode("utf-8").decode("utf-8") == s)
    b = s.encode("utf-8")
    try:
        print(repr(b.decode("ascii")))
    except UnicodeDecodeError as e:
        print("decode error:", e)
    print(repr(b.decode("latin-1")), len(b.decode("latin-1")))
# results built by the fast paths are ordinary strs: hashing, dict keys, comparisons
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w.upper()] = d.get(w.upper(), 0) + 1
print(sorted(d.items()), "THE" in d, hash("THE") == hash("the".upper()))
print("abc".upper() == "ABC", "x".upper(), "".upper() == "")
print("a,b,,c".split(","), ",".join("a,b,,c".split(",")), "abc".encode("ascii", "bogus-handler"))
try:
    "abc".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    b"abc".decode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
