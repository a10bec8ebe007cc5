# memoryview(obj) construction, attributes, tolist/tobytes/hex, iteration, repr shape.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.format, r.shape, r.tolist() if not r.ndim or r.shape[0] < 50 else "...")
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[5:1:-2].tobytes())
print(m.tolist(), m.tobytes(), m.hex(), m.hex(':'), m.hex('-', 2), m.hex(b'.', -4))
print(list(m), [x for x in m[::3]], type(iter(m)).__name__)
print(bytes(m[::2]), bytearray(m[::-1]), bytes(memoryview(bytearray(b'xy'))))
print(memoryview(memoryview(b'a')).obj, memoryview(object=b'kw').tobytes())
print(str(m).startswith('<memory at 0x'), repr(m) == str(m))
print(type(m).__name__, memoryview.__module__, isinstance(m, memoryview))
s = m[1:5:2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, s.tobytes())
e = m[3:3]
print(e.shape, e.nbytes, e.tolist(), e.tobytes(), e.c_contiguous, e.f_contiguous, len(e))
print(m[-100:100].tobytes(), m[100:].tobytes(), m[::-100].tobytes())
ba = bytearray(b'hello world')
w = memoryview(ba)
w[0] = 72
w[6:11] = b'WORLD'
w[::2] = b'123456'
print(ba, w.readonly, w.toreadonly().readonly, w.toreadonly().tobytes())
w[1:3] = memoryview(b'xy')
w[0:4] = w[4:8]
print(ba)
w[::-1] = bytes(ba)
print(ba)
t(lambda: memoryview('x'))
t(lambda: memoryview(1))
t(lambda: memoryview())
t(lambda: memoryview(b'abc', 1))
t(lambda: memoryview(b'abc', x=1))
t(lambda: memoryview(None))
t(lambda: m.tolist(1))
t(lambda: m.release(1))
t(lambda: m.__enter__(1))
t(lambda: m.tobytes('X'))
t(lambda: m.tobytes(1))
t(lambda: m.tobytes(order=None))
t(lambda: m.hex('::'))
t(lambda: m.hex(1))
t(lambda: m.count)
t(lambda: m + b'x')
t(lambda: b'x' + m)
t(lambda: m * 2)
t(lambda: m < m)
t(lambda: sorted(n for n in dir(memoryview) if not n.startswith('__')))
