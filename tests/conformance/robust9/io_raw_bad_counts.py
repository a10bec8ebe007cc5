# A raw stream whose write() or readinto() returns a count outside the buffer is an OSError, as
# CPython's buffered objects report it: a BufferedWriter flush looped forever on a negative count,
# a BufferedReader returned the buffer's unfilled bytes for too large a count.
import io


def raw_writer(result):
    return type("W", (io.RawIOBase,), {"write": lambda s, b: result, "writable": lambda s: True})()


def raw_reader(result):
    return type("R", (io.RawIOBase,), {"readinto": lambda s, b: result, "readable": lambda s: True})()


for result in [1 << 40, -5, -1, "x", None, 2, 99, 1]:
    b = io.BufferedWriter(raw_writer(result))
    try:
        print("flush", repr(result), b.write(b"x"), b.flush())
    except Exception as e:
        print("flush", repr(result), type(e).__name__, e)
    b = io.BufferedWriter(raw_writer(result), 4)
    try:
        print("big write", repr(result), b.write(b"x" * 10))
    except Exception as e:
        print("big write", repr(result), type(e).__name__, e)
for result in [1 << 40, -5, -1, "x", 8193, 0, None]:
    try:
        print("read", repr(result), repr(io.BufferedReader(raw_reader(result)).read(10)))
    except Exception as e:
        print("read", repr(result), type(e).__name__, e)
    try:
        print("peek", repr(result), repr(io.BufferedReader(raw_reader(result)).peek(5)))
    except Exception as e:
        print("peek", repr(result), type(e).__name__, e)


class Counting(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = io.BufferedReader(Counting(b"hello world, this is data"), 4)
print(r.read(5), r.peek(1)[:1], r.read(), r.read())

# Binary writes take buffers only, text writes str only, with CPython's messages.
for make in [lambda: io.BytesIO(), lambda: io.BufferedWriter(io.BytesIO()), lambda: io.TextIOWrapper(io.BytesIO()),
             lambda: io.StringIO()]:
    for value in [None, "s", b"b", [1, 2], 5, memoryview(b"ab"), bytearray(b"c")]:
        f = make()
        try:
            print(type(f).__name__, repr(value), f.write(value))
        except TypeError as e:
            print(type(f).__name__, repr(value), e)
for kw in [dict(newline=5), dict(newline="x"), dict(buffering=1 << 40), dict(mode=None)]:
    try:
        open(__file__, **kw)
    except (TypeError, ValueError, OverflowError) as e:
        print(kw, type(e).__name__, e)
for nl in [5, "z"]:
    try:
        io.TextIOWrapper(io.BytesIO(), newline=nl)
    except (TypeError, ValueError) as e:
        print(repr(nl), type(e).__name__, e)
