# bytes/bytearray/memoryview.hex and binascii.hexlify/b2a_hex take bytes_per_sep as a C int
# (OverflowError past it; a full 64-bit value was taken and -(2**63) overflowed when negated) and
# check the separator as CPython does; memoryview.cast counts itemsize into product(shape) and
# refuses a product past SSIZE_MAX instead of overflowing; b2a_base64's newline is an int.
import binascii

seps = [":", b":", "\x7f", "\x80", "\xff", "\u0100", b"\x80", b"\xff", b"\x00", bytearray(b":"), 5, [1], "::", "", None]
pers = [1, 2, -2, 1 << 31, -(1 << 31), (1 << 31) - 1, -(1 << 31) + 1, 1 << 63, -(1 << 63), 1.5, True]
makers = [
    ("bytes", lambda s, p: b"abcde".hex(s, p)),
    ("bytearray", lambda s, p: bytearray(b"abcde").hex(s, p)),
    ("memoryview", lambda s, p: memoryview(b"abcde").hex(s, p)),
    ("hexlify", lambda s, p: binascii.hexlify(b"abcde", s, p)),
    ("b2a_hex", lambda s, p: binascii.b2a_hex(b"abcde", sep=s, bytes_per_sep=p)),
]
for name, f in makers:
    print(name)
    for s in seps:
        out = []
        for p in pers:
            try:
                out.append(repr(f(s, p)))
            except Exception as e:
                out.append(f"{type(e).__name__}: {e}")
        print(" ", repr(s), "|", " | ".join(out))
for fmt, shape in [("I", (1 << 61,)), ("I", (1 << 60,)), ("B", (1 << 62, 2)), ("B", (1 << 62, 1)),
                   ("I", (2, 1 << 61)), ("I", (1 << 61, 2)), ("Q", (1 << 62,)), ("B", (0, 1 << 63)),
                   ("B", (1 << 63,)), ("B", (2, 4)), ("I", (2,)), ("B", (-1, 8))]:
    try:
        print(fmt, shape, memoryview(bytearray(8)).cast(fmt, shape).shape)
    except Exception as e:
        print(fmt, shape, type(e).__name__, e)
for nl in [None, 2, 0, 1 << 70, "", 1.0, True]:
    try:
        print(repr(nl), binascii.b2a_base64(b"x", newline=nl))
    except Exception as e:
        print(repr(nl), type(e).__name__, e)
