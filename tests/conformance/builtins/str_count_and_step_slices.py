# str.count of one character (a one-pass byte count) and step slices of ASCII text (picked straight
# into the new str), checked against the general paths: ranges, negative indices, non-ASCII text,
# single-character results, subclasses.
s = "abracadabra" * 3
print(s.count("a"), s.count("b"), s.count("z"), s.count("ab"), s.count(""))
print(s.count("a", 5), s.count("a", 5, 20), s.count("a", -10), s.count("a", -10, -2))
print(s.count("a", 40), s.count("a", 20, 5), s.count("", 40), s.count("", 33), s.count("", 5, 3))
u = "añb€añ" * 4
print(u.count("a"), u.count("ñ"), u.count("€"), u.count("b", 3), u.count("a", -5, -1))
print("".count("a"), "aaaa".count("a"), "aaaa".count("aa"), "\x00x\x00".count("\x00"))
print(("x" * 1000 + "y" * 37).count("y"), ("ab" * 500).count("b", 1, 999))

class S(str):
    pass

print(S("banana").count("a"), S("banana").count("n", 3))
try:
    s.count(1)
except TypeError as e:
    print("TypeError", e)

t = "0123456789abcdef"
for sl in [slice(None, None, 2), slice(None, None, -1), slice(None, None, -3), slice(1, None, 3),
           slice(14, 2, -4), slice(-1, -8, -2), slice(3, 4, 5), slice(100, None, -7), slice(None, None, 16),
           slice(5, 5, 2), slice(None, None, 100)]:
    r = t[sl]
    print(repr(r), len(r), type(r).__name__)
print(t[::2] == "02468ace", t[::-1][::-1] == t, t[3:4:2] == "3", t[::2].isascii())
print(u[::2], u[::-1], u[1::3], u[::-2].count("a"))
print(S("abcdef")[::2], type(S("abcdef")[::2]).__name__)
print({t[::2]: 1}[t[::2]], hash(t[::2]) == hash("02468ace"))
