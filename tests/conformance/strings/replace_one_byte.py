# str.replace with a one-byte old text (found with memchr, issue #6) and with longer ones:
# matches at the ends, adjacent, none, counts, non-ASCII text around them.
texts = ["", "|", "||", "a|b|c", "|a|", "no bars", "\u00e9|\u20ac|x", "a  b   c", "RUSH rush RUSH"]
for t in texts:
    for old, new in [("|", " | "), ("|", ""), ("a", "\u00e9"), ("  ", " "), ("RUSH", "rush"), ("\u20ac", "E")]:
        print(repr(t), repr(old), repr(new), repr(t.replace(old, new)), repr(t.replace(old, new, 1)),
              repr(t.replace(old, new, 0)), repr(t.replace(old, new, -1)))
print("x|y".replace("|", "") == "xy", len(("ab|" * 1000).replace("|", "--")))
