# str.replace writes its result straight into a new str (ASCII and non-ASCII, the result's
# length and ASCII-ness computed from the counts), str.splitlines scans ASCII text by bytes:
# every combination must match CPython, including length, indexing and hashing of the results.


class S(str):
    pass


def show(r):
    return (r, len(r), r.isascii(), [r[i] for i in range(0, len(r), 3)], r[::-1][:5], hash(r) == hash(str(r)))


texts = ["", "a", "aaa", "banana", "héllo wörld", "ünï", "日本語のテキスト日本", "x€y€z", "ab" * 50, "é"]
pairs = [("a", "o"), ("an", ""), ("", "-"), ("é", "e"), ("ö", "oe"), ("l", "λ"), ("日本", "nihon"),
         ("€", ""), ("x", "xx"), ("banana", "b"), ("é", "é"), ("ab", "€")]
for t in texts:
    for old, new in pairs:
        for count in (-1, 0, 1, 2):
            r = t.replace(old, new, count)
            print(repr(t), repr(old), repr(new), count, show(r))

s = "unchanged"
print(s.replace("z", "y") is s, s.replace("u", "u") == s)
sub = S("subclass text")
r = sub.replace("z", "y")
print(type(r).__name__, r, r is sub)
r = sub.replace("t", "T")
print(type(r).__name__, r)
print("aé".replace("é", ""), "é€".replace("€", "").isascii())
print("ééé".replace("é", "e"), "ééé".replace("é", "e").isascii(), len("ééé".replace("é", "e", 2)))
d = {}
for k in ("key-1".replace("-", "_"), "kéy-1".replace("-", "_"), "key_1", "kéy_1"):
    d[k] = d.get(k, 0) + 1
print(d)
try:
    "x".replace(1, "y")
except TypeError as e:
    print(e)

lines = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "\r", "\r\r\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg",
         "tab\tsep\n", "é\nè\r\nê", "x\x85y\u2028z\u2029w", "end\r\n", "no break at all", "\x0b"]
for t in lines:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
print(S("a\nb").splitlines(), type(S("a\nb").splitlines()[0]).__name__)
big = "row,1\n" * 1000
print(len(big.splitlines()), big.splitlines()[-1], big.splitlines(True)[0] == "row,1\n")
