# str.split() with no separator on ASCII text (issue #6: the bytes are tested inline) and on
# text with non-ASCII whitespace, with every maxsplit edge.
texts = ["", " ", "a", " a ", "a b  c", "\t\n\x0b\x0c\r x \x1c\x1d\x1e\x1fy\x1f", "  lead", "trail  ",
         "one\x85two", "a\u3000b c", "\x00a\x7f b", "x\x1by", "many   spaces   here   ", "é b", "a\u2028b"]
for t in texts:
    for m in [-5, -1, 0, 1, 2, 10]:
        print(repr(t), m, t.split(maxsplit=m), t.split(None, m), t.rsplit(None, m))
    print(t.split(), t.rsplit())


class S(str):
    pass


print(S("a b").split(), type(S("ab").split()[0]).__name__, [type(x).__name__ for x in "ab".split()])
print(" ab ".split(), "\x1c".split(), "\x1c".split("\x1c"))
