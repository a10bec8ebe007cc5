# Formats: packing each native format memoryview supports, with the errors for bad values.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.format, r.shape, r.tolist() if not r.ndim or r.shape[0] < 50 else "...")
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytearray(16))
for f in 'bBhHiIlLqQnNfd?cP':
    x = m.cast(f)
    def s(v):
        x[0] = v
        return x[0]
    print(f, x.itemsize, x.nbytes, len(x))
    t(lambda: s(-1)); t(lambda: s(2**70)); t(lambda: s(1.5)); t(lambda: s(True)); t(lambda: s(b'z')); t(lambda: s(1e300))
    t(lambda: s(2**63)); t(lambda: s(2**64 - 1)); t(lambda: s(2**64)); t(lambda: s(-2**63)); t(lambda: s(-2**63 - 1))
    t(lambda: s(255)); t(lambda: s(256)); t(lambda: s(-128)); t(lambda: s(-129)); t(lambda: s(65535)); t(lambda: s(2**31))
    t(lambda: s(b'ab')); t(lambda: s(None)); t(lambda: s(0.0))
print(bytes(m))
class I:
    def __index__(self): return 7
x = m.cast('h'); x[1] = I(); print(x[1])
