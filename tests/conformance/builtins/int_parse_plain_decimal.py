# int(str) of a plain decimal (an optional sign and at most 18 ASCII digits) is parsed without
# the normalised copy (issue #6); everything around that shape must still go the general way:
# whitespace, underscores, other scripts' digits, prefixes, 19 digits and the 64-bit edges.
cases = ["0", "7", "-7", "+7", "007", "-0", "123456789012345678", "-123456789012345678", "1234567890123456789",
         "9223372036854775807", "-9223372036854775808", "9223372036854775808", "", "-", "+", " 5", "5 ", "1_000",
         "١٢٣", "12a", "0x10", "1e3", "--5", "+-5", "5\n", "\t-3\t", "0_0", "_1", "1__0", "-+1", "٣"]
for c in cases:
    for base in (10, 0, 16):
        try:
            print(repr(c), base, int(c, base), int(c) if base == 10 else "")
        except ValueError as e:
            print(repr(c), base, "ValueError", e)


class S(str):
    def __int__(self):
        return 99


print(int(S("5")), int(S("7"), 10))


for s in ["|".join(["a", "b"]), "x".replace("x", "12"), "3" * 18, "9" * 18, "-" + "9" * 18, "1" + "0" * 18]:
    print(repr(s), end=" ")
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
