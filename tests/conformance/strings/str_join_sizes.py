# str.join and f-strings size their result once and copy each piece: separators, empty pieces,
# one-piece joins, str subclasses (only their text counts; the result is an exact str), non-ASCII
# text and the errors.
class S(str):
    pass


print(repr(",".join([])), repr(",".join(["a"])), repr(",".join([S("ab")])), type(",".join([S("ab")])).__name__)
print(repr("".join(["", ""])), repr(",".join(["", ""])), repr("".join(["", "x", ""])), repr("ab".join(["", ""])))
joined = "é".join(["ü", "ß", "€", ""])
print(repr(joined), len(joined), joined.encode("utf-8"), joined.isascii(), "-".join("abc").isascii())
print("-".join(S(c) for c in "abc"), "".join(("a", "b")), " ".join(map(str, range(12))))
print(repr(", ".join({"k": 1, "j": 2})), len("x".join(["yy"] * 1000)))
for bad in (["a", 1], ("a", None, "b"), [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
x, y, z = 3, "é", S("sub")
print(f"{x}{y}{x:>4}|{y!r}|{z}|{z!r}", len(f"{y}{y}"), repr(f"{''}{''}"), f"{'a'}{''}", type(f"{z}").__name__)
print(f"{1}{2}" "{3}", f"{x:03d}-{y:^5}-{1.5:.2f}", len(f"{'€' * 3}{x}"))
