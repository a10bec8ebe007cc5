# bytes hash every byte value alike whatever it is: a lone non-ASCII byte, bytes that are not UTF-8,
# and equal bytes, bytearray-derived bytes and memoryviews hash the same; ASCII bytes hash as the
# equal str does.
import array, struct, sys

values = [bytes([i]) for i in range(256)]
print(len({hash(v) for v in values}), all(hash(v) == hash(bytes(bytearray(v))) for v in values))
odd = b'\xc3', b'\xff\xfe', b'\xe2\x82', b'\xf0\x9f\x98', b'ab\xc3'
print([hash(x) == hash(bytes(x)) for x in odd])
print([hash(memoryview(x)) == hash(x) for x in odd])
print(hash(b'') == hash('') == 0, hash(b'abc') == hash('abc'))
d = {v: i for i, v in enumerate(values)}
print(sum(d[bytes([i])] for i in range(256)))
print(set(values) == set(bytes(bytearray([i])) for i in range(256)))
a = array.array('b', range(-5, 5))
print(a[::sys.maxsize], a[::-sys.maxsize], a[sys.maxsize::-sys.maxsize])
a[::sys.maxsize] = array.array('b', [42])
print(a)
b = bytearray(10)
for f in (lambda: struct.pack_into('<I', b, sys.maxsize, 1), lambda: struct.unpack_from('<I', b, sys.maxsize)):
    try:
        f()
    except struct.error as e:
        print(e)
