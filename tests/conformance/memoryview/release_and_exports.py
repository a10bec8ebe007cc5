# release(), the context manager, released-view errors, exports and bytearray resizing.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.format, r.shape, r.tolist() if not r.ndim or r.shape[0] < 50 else "...")
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

r = memoryview(b'a')
r.release()
print(r == r, r == memoryview(b'a'), r != r, repr(r).startswith('<released memory at 0x'))
t(lambda: r.release())
for name in ['tobytes', 'tolist', 'hex', 'toreadonly', '__enter__']:
    t(lambda: getattr(r, name)())
for name in ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets', 'c_contiguous', 'f_contiguous', 'contiguous']:
    t(lambda: getattr(r, name))
t(lambda: len(r)); t(lambda: r[0]); t(lambda: r[0:1]); t(lambda: hash(r)); t(lambda: list(r)); t(lambda: r.cast('B'))
t(lambda: bytes(r)); t(lambda: b'x'.join([r])); t(lambda: memoryview(r)); t(lambda: b'abc'.find(r)); t(lambda: bytearray(r))
def setr(): r[0] = 1
t(setr)
m = memoryview(bytearray(b'abc'))
with m as q:
    print(q is m, q[0])
t(lambda: m[0])
print(m.__exit__(None, None, None), m.__exit__())
it = iter(memoryview(b'xyz'))
print(next(it))
ba = bytearray(b'abc')
v = memoryview(ba)
ops = [('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'x')), ('pop', lambda: ba.pop()),
       ('clear', lambda: ba.clear()), ('init', lambda: ba.__init__(b'x')), ('iadd', lambda: ba.__iadd__(b'x')),
       ('delitem', lambda: ba.__delitem__(0)), ('grow', lambda: ba.__setitem__(slice(0, 1), b'xy')),
       ('same', lambda: ba.__setitem__(slice(0, 1), b'y')), ('empty', lambda: ba.__setitem__(slice(0, 0), b'')),
       ('delext', lambda: ba.__delitem__(slice(None, None, 2))), ('delnone', lambda: ba.__delitem__(slice(0, 0))),
       ('extend-empty', lambda: ba.extend(b''))]
for name, op in ops:
    print(name, end=' ')
    t(op)
print(ba, v.tobytes())
v2 = v[1:]
v.release()
t(lambda: ba.append(1))
v2.release()
t(lambda: ba.append(1))
print(ba)
x = memoryview(b'ab')
y = memoryview(x)
x.release()
print(y[0], y.obj)
with memoryview(bytearray(b'q')) as z:
    pass
t(lambda: z.tobytes())
e = bytearray()
w = memoryview(e)
t(lambda: e.clear()); t(lambda: e.pop()); t(lambda: e.append(1)); print(len(w), w.tobytes())
# An iterator over a view released meanwhile.
v3 = memoryview(b'abc')
it3 = iter(v3)
print(next(it3))
v3.release()
t(lambda: next(it3))
# Views of a view keep the exporter pinned until all are gone.
ba2 = bytearray(b'12345')
a = memoryview(ba2)
b = a[::2].toreadonly()
c = b.cast('c') if b.c_contiguous else None
del a
t(lambda: ba2.append(1))
del b
t(lambda: ba2.append(1))
print(ba2)
