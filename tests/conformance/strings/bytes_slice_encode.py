# bytes slices written straight into the new object and str.encode of ASCII text without a
# rescan (issue #6): every step sign and size, subclasses, bytearray, empty results.
data = bytes(range(256)) * 3
for sl in [slice(None, None, 7), slice(None, None, -7), slice(5, 500, 3), slice(500, 5, -3), slice(None, None, 1),
           slice(10, 20), slice(20, 10), slice(-5, None), slice(None, None, -1), slice(3, 4, 100), slice(0, 0, 2),
           slice(-1000, 1000, 250), slice(1000, -1000, -250)]:
    r = data[sl]
    print(sl, type(r).__name__, len(r), sum(r), r[:6])


class B(bytes):
    pass


b = B(b"abcdefgh")
print(type(b[::2]).__name__, b[::2], b[1:3], type(b[1:3]).__name__, b[::-1], b[5:1:-2])
ba = bytearray(b"abcdefgh")
print(ba[::2], ba[::-3], ba[2:6], type(ba[::2]).__name__, ba[6:2], bytearray()[::-1])
print(b""[::3], b"x"[::-1], b"xy"[::-1] == b"yx", data[::7] == bytes(data[i] for i in range(0, len(data), 7)))

for s in ["", "a", "plain ascii text\n" * 3, "caf\u00e9", "\u20ac", "\x7f\x00"]:
    for enc in ["ascii", "utf-8", "latin-1", "utf-16-le"]:
        try:
            e = s.encode(enc)
            print(enc, repr(s[:12]), type(e).__name__, len(e), e[:8], e.decode(enc) == s)
        except Exception as ex:
            print(enc, repr(s[:12]), type(ex).__name__, ex)
print("x".encode("ascii", "bogus"), "abc".encode(errors="strict"), "abc".encode("ASCII"))


class S(str):
    pass


print(S("abc").encode(), S("\u00e9").encode("latin-1"), bytes(3), bytes(b"ab"), bytes("ab", "ascii"))
