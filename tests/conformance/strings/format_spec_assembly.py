# format() and f-string results built in one piece (issue #6): padding on each side, '='
# alignment between sign/prefix and digits, non-ASCII fill, grouping with zero fill, results of
# one character or none, big ints, bools and int subclasses whose __repr__/__str__ differ.
values = [0, 7, -7, 255, -255, 123456789, -123456789, 2**63 - 1, -2**63, 2**64 + 5, -(2**70), True, False]
specs = ["", "5", "<5", ">5", "^5", "^6", "=8", "+", " ", "-", "+8", " =8", "08", "+08", "08,", "012_",
         "#x", "#X", "#010x", "x", "X", "o", "#o", "b", "#b", "_b", "_x", ",", ",d", "1", "0", "2",
         "€<7", "€^8", "€=9", "*>3", "é^1", "n", "e", ".3e", "%", "09.2f", "c"]
for v in values:
    for spec in specs:
        try:
            r = format(v, spec)
            print(repr(spec), repr(v), repr(r), len(r))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__, e)

for s in ["", "a", "é", "ab€", "spam"]:
    for spec in ["", "1", "0", "<1", ">4", "^5", "€^6", ".1", ".0", "x<3.2", "=5", "+5", "3s", "d"]:
        try:
            r = format(s, spec)
            print(repr(spec), repr(s), repr(r), len(r))
        except Exception as e:
            print(repr(spec), repr(s), type(e).__name__, e)

for x in [0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"), float("nan")]:
    for spec in ["", "8", "<8", "=10", "010", "+.2f", "z.1f", "€^12.3", ",.2f", "_g", "%"]:
        try:
            print(repr(spec), repr(x), repr(format(x, spec)))
        except Exception as e:
            print(repr(spec), repr(x), type(e).__name__, e)

# Results of one character and of none.
print(format(5, "") == format(5, "1"), format("", "0") == "", format(7, "<1") == "7")
print(format(65, "c"), format(0x20ac, "c"), format(0x20ac, "^3c"))


class Loud(int):
    def __repr__(self):
        return "Loud!"


class Quiet(int):
    def __str__(self):
        return "quiet"


for v in [Loud(3), Quiet(4)]:
    print(str(v), repr(v), f"{v}", f"{v!s}", f"{v!r}", f"{v:>4}", format(v), "%s %d" % (v, v))
print(str(True), f"{True}", f"{False!r}", f"{True:>5}", str(-0), f"{-12}", f"{2**65}")

for spec in ["99999999999999999999", "9223372036854775000", "x<4611686018427387904", ",_", "_,", ",,",
             "5x5", "\u20ac", "5\u20ac", ".", "=5s"]:
    for v in [5, "s"]:
        try:
            format(v, spec)
            print("ok", repr(spec))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__, e)
