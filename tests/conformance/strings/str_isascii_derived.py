# str.isascii() of strings made from non-ASCII ones: slices, steps, replace, strip, split, join.
# Whether a str is ASCII depends only on its own text, never on where it came from.
s = "é" + "abc" + "ü"
print(s[1:4].isascii(), s[1:4])
print(s[::2].isascii(), s[1::2].isascii(), s[1:-1:2].isascii())
print("aéb".replace("é", "x").isascii(), "aéb".replace("é", "").isascii(), "aéb".replace("a", "").isascii())
print("éab".strip("é").isascii(), "  é ab".split()[1].isascii())
print([p.isascii() for p in "aé,b,c".split(",")])
print([p.isascii() for p in "aé b".partition(" ")])
print("é".join(["a", "b"]).isascii(), "".join(["a", "é"][:1]).isascii())
t = "ñ" * 3 + "xyz"
print(t[3:].isascii(), t[3:].upper(), t[3:] == "xyz", hash(t[3:]) == hash("xyz"), t[3:].find("z"), t[3:][2])
print(t[3:].encode("ascii"), t[4:].center(7, "*"), t[3:] < "xz")
