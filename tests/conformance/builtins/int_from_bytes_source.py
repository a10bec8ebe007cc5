# int.from_bytes converts its argument like bytes(x) except that a str or an
# int (which bytes() would take as a size) is refused.
class WithBytes:
    def __bytes__(self):
        return b"\x01\x02"

class Index:
    def __index__(self):
        return 3

for arg in [b"\x01\x00", bytearray(b"\xff"), [1, 2], (255,), WithBytes(),
            memoryview(b"\x01\x00"), iter([1, 2]), 5, True, Index(), "ab", 1.5, None, [256]]:
    try:
        print(int.from_bytes(arg, "big"), int.from_bytes(arg, "little", signed=True))
    except Exception as e:
        print(type(e).__name__, e)
