# str.format with a replacement field that runs to the end of the string:
# the message names the part of the field being parsed when the text ended.
cases = ["{", "x{!", "{!r", "{0!", "{name", "{0!r", "{0:", "{:{}", "{0!r:",
         "{0[", "{0[1]!", "{0!rx", "{a{", "{0[:]", "{:", "{0.attr!s", "ok {0}"]
for f in cases:
    try:
        print(repr(f), "->", repr(f.format("v")))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
