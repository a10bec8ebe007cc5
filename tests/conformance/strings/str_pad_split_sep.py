# str.center/ljust/rjust written once into the new str, and str.split with a one-byte separator
# found by memchr (issue #6): widths around the length, odd margins, non-ASCII fill and text,
# one-character and empty results, impossible widths; separators at the ends, repeated, maxsplit.
import sys

for s in ["", "a", "ab", "abc", "\u00e9t\u00e9", "\u20ac"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 8]:
        for fill in [" ", "*", "\u00e9", "\u20ac"]:
            print(repr(s), w, repr(fill), repr(s.center(w, fill)), repr(s.ljust(w, fill)), repr(s.rjust(w, fill)))
for w in [sys.maxsize, 2**62, 2**40]:
    for s, fill in [("a", " "), ("", "\u20ac")]:
        try:
            s.center(w, fill)
        except MemoryError:
            print("MemoryError", w)
        except OverflowError as e:
            print("OverflowError", w, e)
for bad in [("ab",), (None,), ("",)]:
    try:
        "x".center(5, *bad)
    except TypeError as e:
        print("TypeError", e)


class S(str):
    pass


print(type(S("ab").center(1)).__name__, type(S("ab").center(4)).__name__, S("ab").ljust(5, "-"))

lines = ["", ",", ",,", "a", "a,", ",a", "a,b", "a,,b", "17,bob oakley,Kyiv,30,89.70, standard  ", "\u00e9,\u20ac,x"]
for t in lines:
    for m in [-1, 0, 1, 2, 5]:
        print(repr(t), m, t.split(",", m), t.rsplit(",", m), t.split(sep=",", maxsplit=m))
for t in ["a\nb\n", "\n", "x\u2028y\nz", "no newline"]:
    print(t.split("\n"), t.split("\u2028"), t.split("ab"), t.split("\n", 1))
print("a b".split(" "), "  ".split(" "), "a\x00b".split("\x00"), "\u00e9a\u00e9".split("a"))
print([type(p).__name__ for p in S("a,b").split(",")], S("ab").split(","), type(S("ab").split(",")[0]).__name__)
