# marshal: round trips of every supported type, data written by CPython 3.11 (with reference
# flags) read back, versions 0-4, files, and the errors.
import io
import marshal

values = [None, True, False, ..., StopIteration, 0, 1, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31,
          -2 ** 31 - 1, 2 ** 100, -(3 ** 90), 1.5, -0.0, float('inf'), 1e300, 2 + 3j, 'abc',
          '', 'é€𝄞', 'x' * 300, b'bytes', bytearray(b'ba'), (), (1, 'a'), tuple(range(300)),
          [1, [2, [3]]], {'k': [1, 2], 3: (4,)}, {1, 2}, frozenset({'a'}), {}]
for version in range(5):
    results = []
    for v in values:
        back = marshal.loads(marshal.dumps(v, version))
        results.append(back == v and type(back) is (bytes if type(v) is bytearray else type(v)))
    print(version, all(results), [i for i, ok in enumerate(results) if not ok])
print(marshal.loads(marshal.dumps(float('nan'))) != 0, marshal.version)
for v in (0, 7, -2, 2 ** 40, 'abc', 'é', b'xy', (1, 2), [None], {True: False}, 2.5, 1j):
    print(repr(v), marshal.dumps(v, 2))
# Written by CPython 3.11's marshal.dumps (reference flags and 'r' references included).
for data in [b'\xe9\x07\x00\x00\x00', b'\xdb\x02\x00\x00\x00\xda\x01a\x72\x01\x00\x00\x00',
             b'\xa9\x02\xe9\x01\x00\x00\x00r\x01\x00\x00\x00',
             b'\xfb\xda\x01k\xdb\x01\x00\x00\x00r\x00\x00\x00\x000',
             b'\xec\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04',
             b'\xe7\x00\x00\x00\x00\x00\x00\xf8?', b'\xbc\x01\x00\x00\x00\xe9\x02\x00\x00\x00',
             b'\xbe\x00\x00\x00\x00', b'\xf9\x00\x00\x00\x00\x00\x00\xf0?\x00\x00\x00\x00\x00\x00\x00@',
             b'u\x06\x00\x00\x00\xc3\xa9\xc3\xa9\xc3\xa9', b'f\x031.5', b'(\x01\x00\x00\x00N']:
    value = marshal.loads(data)
    if isinstance(value, list) and value and value[-1] is value:
        value = 'self-referencing list of %d' % len(value)
    print(value)
buf = io.BytesIO()
marshal.dump([1, 2], buf)
marshal.dump('two', buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), buf.read())
print(marshal.loads(bytearray(b'N')), marshal.loads(memoryview(b'T')), marshal.loads(b'NN'))
for data in [b'', b'i\x01', b'X', b'z\x05ab', b')\x02N', b'r\x00\x00\x00\x00',
             b'l\x02\x00\x00\x00\x01\x00']:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(repr(data), type(e).__name__, e)
for v in (object(), [1, object()], {1: len}):   # (code objects: pygen's are its own)
    try:
        marshal.dumps(v)
    except ValueError as e:
        print('ValueError', e)
try:
    marshal.loads('x')
except TypeError as e:
    print('TypeError', e)
