# chr/ord round trips, hex/oct/bin of small, negative and big ints, and their errors.
print(chr(65), chr(0x263A), chr(0x1F600) == "\U0001F600", ord("a"), ord("\u00e9"), ord("\U0001F600"), ord(b"z"))
print([ord(c) for c in "pygen"], "".join(chr(c) for c in range(97, 102)))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70), bin(True))


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), chr(Idx()))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"),
             lambda: ord(1), lambda: hex(1.0), lambda: bin(), lambda: chr(2 ** 100), lambda: ord(b"ab")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
