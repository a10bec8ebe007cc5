# bytes % args and bytearray % args (PEP 461): every conversion, flags, mappings and errors.
class B:
    def __bytes__(self):
        return b"<B>"

print(b"%d %s %r %x %5.2f %c %b" % (1, b"x", "y", 255, 1.5, 65, b"zz"))
print(b"%s|%-5s|%5s|%.2s" % (b"ab", b"ab", b"ab", b"abcdef"))
print(b"%(a)s and %(b)d" % {b"a": b"one", b"b": 2})
print(b"%a %r %s" % ("\xe9", b"q", bytearray(b"ba")), b"%b" % B(), b"%s" % memoryview if False else b"")
print(b"%c%c" % (b"x", 10), b"%%", b"%o %X %#x %#o %+d % d %05d %e %g" % (8, 255, 255, 8, 3, 3, -42, 12345.678, 0.0001))
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x").__name__, b"%s" % (b"single",), b"no args" % ())
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"%i %u" % (7, 8), b"%s" % bytearray(b"ba"))
for fmt, args in [(b"%s", 1), (b"%s", "text"), (b"%d", b"x"), (b"%x", 1.5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"),
                  (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%z", 1), (b"%", ()), (b"%(a)s", (1,)), (b"%(a", {b"a": 1}),
                  (b"%s %s", b"ab")]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("%s" % b"x", 1 % b"x")
except TypeError as e:
    print("TypeError", e)
