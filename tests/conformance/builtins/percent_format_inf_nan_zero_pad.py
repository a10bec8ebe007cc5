# '%' formatting zero-pads inf and nan like finite numbers ("000inf"),
# keeping the sign in front; '-' still pads on the right with spaces.
inf = float("inf")
nan = float("nan")
for fmt in ["%06e", "%06f", "%06g", "%+07f", "% 07F", "%-06f|", "%06.2f", "%6f", "%010E"]:
    print(fmt, repr(fmt % inf), repr(fmt % -inf), repr(fmt % nan))
    print(fmt, (fmt.encode() % inf), (fmt.encode() % -inf))
print("{:06}".format(inf), "{:06e}".format(-inf), "{:=+08}".format(nan))
