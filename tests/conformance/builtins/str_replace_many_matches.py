# str.replace remembers its matches between its counting and its writing pass (in a small array,
# then a growing one past 64) and scans with memmem: overlapping needles, counts, more matches
# than the small array holds, non-ASCII text and one-character results must stay as CPython's.
t = "id | name  | city  |  qty |  total\n" * 40
r = t.replace("|", " | ")
print(len(r), r.count(" | "), r[:40])
r2 = r.replace("  ", " ")
print(len(r2), r2[:40], r2[-30:])
for n in (0, 1, 63, 64, 65, 100, 200, -1):
    print(n, len(t.replace("|", "[]", n)), t.replace("|", "[]", n)[-20:])
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "aaa".replace("aa", "aaa"), "abababa".replace("aba", "X"))
print(("ab" * 200).replace("ba", "") == "a" + "b", ("ab" * 200).replace("b", "").count("a"))
print("x".replace("x", "y"), "xy".replace("x", ""), "yyy".replace("yy", "z"), "".replace("", "e"), "ab".replace("", "-"))
u = "añ€b" * 70
print(u.replace("ñ€", "N").count("N"), u.replace("€", "EUR", 65).count("EUR"), u.replace("a", "α")[:12], len(u.replace("b", "")))
print("no match here".replace("zz", "q"), "a\x00b\x00".replace("\x00", "0"), "mississippi".replace("ss", "SS", 1))

class S(str):
    pass

s = S("spam spam")
print(type(s.replace("zz", "q")).__name__, s.replace("spam", "eggs"), type(s.replace("spam", "eggs")).__name__)
