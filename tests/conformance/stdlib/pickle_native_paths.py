# timeout: 120
# pickle.dumps/loads of the built-in data types, protocols 0-5: the exact bytes (CPython's C
# pickler's: memo, short forms, batches of 1000, frames), round trips, shared references and
# cycles, and the errors of malformed streams. pygen writes and reads these natively
# (src/modules/pickle/pickle_accel.cpp) and falls back to lib/pickle.py for everything else.
import pickle
import zlib


def show(data):
    if len(data) <= 120:
        return repr(data)
    return "%d bytes crc %08x head %r" % (len(data), zlib.crc32(data), data[:40])


def outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def same(a, b):
    if isinstance(a, float) and a != a:
        return b != b
    return type(a) is type(b) and a == b


shared_list = [1, 2]
shared_str = "shared"
VALUES = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, -129, -256, 127, 128,
    -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 412317970704,
    2**100, -2**100, 2**2000 + 12345, -(2**2040), 255 * 256**40, -(256**40),
    0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"),
    "", "a", "hello world", "caf\u00e9", "\u2014\u4e2d", "\U0001f600", "x" * 255, "y" * 256,
    "back\\slash\nnew line\r\x00\x1a",
    b"", b"ab", b"\x00\xff" * 100, bytearray(), bytearray(b"xy"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ((),)), [], [1], [1, 2], [[], [[]]],
    {}, {"a": 1}, {"a": 1, "b": [1, 2], 3: (4, 5), (6, 7): None, 1.5: b"x"},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1, 2}), {frozenset({1}): frozenset()},
    [shared_str, shared_str, shared_list, shared_list, (shared_list, shared_list)],
]
BIG = [
    list(range(999)), list(range(1000)), list(range(1001)), list(range(2001)),
    {i: str(i) for i in range(1000)}, {i: str(i) for i in range(1001)},
    {i: -i for i in range(2500)}, set(range(1000)), set(range(1001)), frozenset(range(1200)),
    tuple(range(1500)), [str(i) for i in range(300)] * 2, list(range(40000)),
    ["x" * 70000], [b"y" * 70000, 1], [bytearray(b"z" * 70000), "after"], ["s" * 65535, "t" * 65536],
]

for value in VALUES + BIG:
    for proto in range(6):
        data = outcome(pickle.dumps, value, proto)
        if isinstance(data, str):
            print(proto, data)
            continue
        back = outcome(pickle.loads, data)
        print(proto, show(data), "ok" if same(back, value) else "DIFFERENT %r" % (back,))

# Cycles and shared references come back with the same shape.
r = [1]
r.append(r)
d = {}
d["self"] = d
d["list"] = [d, r]
t = ([],)
t[0].append(t)
t4 = ([], 1, 2, 3)
t4[0].append(t4)
fs_holder = [frozenset({1, 2})]
fs_holder.append(fs_holder[0])
for proto in range(6):
    for value in (r, d, t, t4, fs_holder):
        data = pickle.dumps(value, proto)
        print(proto, show(data))
    back = pickle.loads(pickle.dumps(r, proto))
    print(back[1] is back, len(back))
    back = pickle.loads(pickle.dumps(d, proto))
    print(back["self"] is back, back["list"][0] is back, back["list"][1][1] is back["list"][1])
    back = pickle.loads(pickle.dumps(t, proto))
    print(back[0][0] is back, type(back).__name__)
    back = pickle.loads(pickle.dumps(t4, proto))
    print(back[0][0] is back, len(back))
    back = pickle.loads(pickle.dumps(fs_holder, proto))
    print(back[0] is back[1])
    back = pickle.loads(pickle.dumps([shared_str, shared_str, shared_list, shared_list], proto))
    print(back[0] is back[1], back[2] is back[3])

# Deep nesting pickles while CPython's C pickler stays inside the recursion limit (a list or
# dict level counts twice, a tuple level once), and raises its RecursionError beyond.
for depth, kind in ((450, list), (520, list), (450, dict), (520, dict), (900, tuple), (1100, tuple)):
    deep = 0
    for _ in range(depth):
        deep = [deep] if kind is list else {1: deep} if kind is dict else (deep,)
    for proto in (2, 4):
        data = outcome(pickle.dumps, deep, proto)
        if isinstance(data, str):
            print(depth, kind.__name__, proto, data)
        else:
            print(depth, kind.__name__, proto, show(data), pickle.loads(data) == deep)

# Lone surrogates travel as 'surrogatepass' UTF-8 in the binary protocols.
for s in ("\ud800", "a\udfffb", "\ud83d\ude00", {"\udc80": ["\ud800x"]}):
    for proto in range(6):
        data = outcome(pickle.dumps, s, proto)
        back = outcome(pickle.loads, data) if isinstance(data, bytes) else None
        print(proto, ascii(data), ascii(back))

# The module-level dump/load through a file.
import io
for proto in range(6):
    f = io.BytesIO()
    pickle.dump({"k": [1, 2.5, "v"]}, f, proto)
    pickle.dump(list(range(20000)), f, proto)
    print(proto, show(f.getvalue()))
    f.seek(0)
    print(pickle.load(f), len(pickle.load(f)), f.tell() == len(f.getvalue()))

# Hand-written streams: memo forms, marks, DUP, POP, the MARK-based containers.
STREAMS = [
    b"\x80\x02]q\x01K\x01a]q\x05h\x01a.",
    b"\x80\x04\x94.",
    b"(K\x01K\x02l.",
    b"(K\x01K\x02K\x03K\x04d.",
    b"(K\x01K\x02t.",
    b"(K\x01K\x02\x91.",
    b"K\x01K\x020.",
    b"K\x01(0.",
    b"K\x01(K\x021.",
    b"K\x072\x86.",
    b"]\x94K\x01a]\x94h\x00a\x94h\x02.",
    b"]r\x00\x01\x00\x00j\x00\x01\x00\x00\x86.",
    b"\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\x80.",
    b"\x8b\x02\x00\x00\x00\xff\x7f.",
    b"\x8d\x02\x00\x00\x00\x00\x00\x00\x00\xc3\xa9.",
    b"\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.",
    b"\x8e\x01\x00\x00\x00\x00\x00\x00\x00z.",
    b"\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02\x86.",
    b"\x80\x05\x95\x03\x00\x00\x00\x00\x00\x00\x00N\x88.",
    b"}(K\x01K\x02K\x03K\x04u.",
    b"\x8f(K\x01K\x02\x90.",
    b"(\x8f(K\x01\x90\x8f2(\x90.",
    b"X\x04\x00\x00\x00\xed\xa0\x80a.",
    b"\x8c\x03\xed\xb0\x80.",
    b"N.trailing",
]
# Malformed ones: the errors (type and message) are CPython's.
BAD = [
    b"", b".", b"\x80", b"\x80\x06N.", b"\xff", b"K", b"J\x01\x02", b"\x8c\x05abc", b"X\x05\x00",
    b"G\x00\x00", b"N", b"K\x01", b"a.", b"]K\x01K\x02s.", b"}K\x01a.", b"(u.", b"}(K\x01u.",
    b"}(]K\x01u.", b"\x8f(]\x90.", b"(]\x91.", b"h\x05.", b"j\x00\x01\x00\x00.", b"q\x00.",
    b"(q\x00.", b"0.", b"1.", b"2.", b"t.", b"\x85.", b"(\x85.", b"(K\x01\x86.", b"e.", b"]e.",
    b"(e.", b"\x8b\xff\xff\xff\xff.", b"\x95\x10\x00\x00\x00\x00\x00\x00\x00N.",
    b"\x8c\x02\xc3(.", b"X\x01\x00\x00\x00\xff.", b"C\x03ab", b"\x8a\x05\x01", b"N\x00.",
    b"N\x99.", b"(K\x01d.", b"(K\x01.", b"K\x01\x94\x94h\x01h\x02.",
]
for data in STREAMS + BAD:
    print(repr(data), ascii(outcome(pickle.loads, data)))
for data in STREAMS[:4]:
    print(repr(data), ascii(outcome(pickle.loads, bytearray(data))), ascii(outcome(pickle.loads, memoryview(data))))

# Every truncation of a protocol 2 and a protocol 5 pickle fails as CPython's does.
sample = {"key": [1, -70000, 2**70, 3.5, "t\u00e9xt", b"by", (None, True)], "s": {1}, "f": frozenset((3, 4))}
for proto in (2, 5):
    data = pickle.dumps(sample, proto)
    print(proto, show(data))
    errors = set()
    for n in range(len(data)):
        errors.add(str(outcome(pickle.loads, data[:n])))
    for e in sorted(errors):
        print("  ", ascii(e))
