# timeout: 120
# pickle.dump/load through files and Pickler.dump: the write() calls a Pickler makes (one per
# committed 64 KiB frame), where load() leaves a BytesIO (after STOP, or after the frame holding
# it), frames read whole from a file, and a Pickler's memo kept between dump() calls. pygen
# takes these natively for the built-in data types (src/modules/pickle/pickle_accel.cpp).
import io
import pickle


class Recorder:
    def __init__(self):
        self.sizes = []
        self.parts = []

    def write(self, data):
        self.sizes.append(len(data))
        self.parts.append(bytes(data))
        return len(data)


def outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return type(other) is Point and other.x == self.x


big = [list(range(i, i + 100)) for i in range(400)] + ["s" * 70000, b"b" * 100000, "tail"]
# An instance takes the whole call to pickle.py: its writes are the same.
mixed = [[list(range(i, i + 100)) for i in range(250)], "s" * 70000, Point(bytearray(b"a" * 80000)), "tail"]
for proto in range(6):
    for value in ({"k": [1, 2.5, "v"]}, list(range(30000)), big if proto >= 2 else big[-3:], mixed):
        rec = Recorder()
        pickle.dump(value, rec, proto)
        data = b"".join(rec.parts)
        print(proto, rec.sizes, data == pickle.dumps(value, proto))
        rec = Recorder()
        pickle.Pickler(rec, proto).dump(value)
        print(proto, "Pickler", rec.sizes)

# Several pickles in one stream; tell() after each load.
for proto in range(6):
    f = io.BytesIO()
    for value in (1, "two", [3, 3.0], {"four": (4,)}, list(range(5000)), None):
        pickle.dump(value, f, proto)
    f.write(b"trailing")
    f.seek(0)
    for _ in range(6):
        print(proto, repr(pickle.load(f))[:40], f.tell())
    print(proto, repr(outcome(pickle.load, f)), f.tell())

# A Pickler's memo lasts between dump() calls until clear_memo().
for proto in range(6):
    shared = ["shared", (1, 2)]
    f = io.BytesIO()
    p = pickle.Pickler(f, proto)
    p.dump(shared)
    p.dump(shared)
    p.dump([shared, shared[0]])
    p.clear_memo()
    p.dump(shared)
    print(proto, f.getvalue())
    print(proto, sorted((i, type(o).__name__) for i, o in p.memo.copy().values()))
    f.seek(0)
    u = pickle.Unpickler(f)
    print([u.load() for _ in range(4)])

# Hand-made streams read from a file: frames are read whole there, unlike from bytes.
STREAMS = [
    b"\x95\x01\x00\x00\x00\x00\x00\x00\x00K\x05.",
    b"\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x05.N.",
    b"\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x05.N.",
    b"\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x05.N.N.",
    b"\x95\x03\x00\x00\x00\x00\x00\x00\x00NN\x95\x02\x00\x00\x00\x00\x00\x00\x000.",
    b"\x95\x02\x00\x00\x00\x00\x00\x00\x00N0\x95\x02\x00\x00\x00\x00\x00\x00\x00N..",
    b"\x95\x09\x00\x00\x00\x00\x00\x00\x00K\x01\x95\x01\x00\x00\x00\x00\x00",
    b"\x95\x20\x00\x00\x00\x00\x00\x00\x00N.",
    b"K\x01K\x02\x86.K\x03",
    b"",
    b"K",
    b"(K\x01K\x02l",
]
for data in STREAMS:
    f = io.BytesIO(data)
    print(repr(data), repr(outcome(pickle.load, f)), f.tell(), repr(outcome(pickle.loads, data)))
    f = io.BytesIO(data)
    print("  Unpickler", repr(outcome(pickle.Unpickler(f).load)), f.tell())
f = io.BytesIO(b"xxK\x07.")
f.seek(2)
print(pickle.load(f), f.tell())
f = io.BytesIO(b"K\x07.")
f.seek(5)
print(repr(outcome(pickle.load, f)), f.tell())
