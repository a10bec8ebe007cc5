# Requests far beyond the machine's memory fail at once with CPython's exception, instead of
# the process grinding through page faults, and precisions beyond a C int are refused as in
# CPython (#9 item 11).
import time
start = time.time()
cases = [
    "[0] * (1 << 40)", "' ' * (1 << 40)", "b' ' * (1 << 40)", "(1,) * (1 << 40)",
    "bytearray(1 << 40)", "list(range(1 << 40))", "format(1, '%d' % (1 << 40))",
    "format(1.5, '%d' % (1 << 40))", "'{:>{}}'.format('x', 1 << 40)",
    "format(1.5, '.%df' % (1 << 62))", "format(1.5, '.%de' % (1 << 31))",
    "format(10**20, ',.%df' % (1 << 62))", "'%.*f' % (1 << 62, 1.5)", "'%.*f' % (1 << 31, 1.5)",
    "'%.*f' % (-(1 << 31) - 1, 1.5)", "'%.*d' % (1 << 62, 1)", "'%.*f' % (1 << 100, 1.5)",
    "'%.9999999999f' % 1.5", "b'%.9999999999f' % 1.5", "b'%.*f' % (1 << 62, 1.5)",
    "bytearray(range(1 << 62))", "bytes(range(1 << 62))",
]
for src in cases:
    try:
        r = eval(src)
        print(src, "->", len(r))
    except (MemoryError, ValueError, OverflowError) as e:
        print(src, type(e).__name__, e)
print("%.*f" % (3, 1.5), "%.*f" % (-5, 1.5), format(2.5, ".3f"), "%.*s" % (2, "abc"))
print("quick:", time.time() - start < 5)
