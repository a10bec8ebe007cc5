# io with memoryview: BytesIO.getbuffer exports, write/readinto with views, files written from N-D views.
import io, os, tempfile
b = io.BytesIO(b'hello')
v = b.getbuffer()
print(bytes(v), len(v))
try:
    b.write(b' world!')
except Exception as e: print(type(e).__name__, e)
v[0] = ord('J')
del v
print(b.getvalue())
b.write(memoryview(b'XY'))
print(b.getvalue())
buf = bytearray(4)
b.seek(0); print(b.readinto(memoryview(buf)[1:]), buf)
d = tempfile.mkdtemp(); p = os.path.join(d, 'f')
with open(p, 'wb') as f:
    print(f.write(memoryview(b'abcdef')[1:4]))
    print(f.write(memoryview(b'abcdef').cast('B', [2, 3])))
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'rb', buffering=0) as f:
    m = memoryview(bytearray(5)); print(f.readinto(m), m.tobytes())
with open(p, 'rb') as f:
    m = bytearray(3); print(f.readinto(m), m)
os.remove(p); os.rmdir(d)
import sys
sys.stdout.buffer.write(memoryview(b'to stdout\n')) if hasattr(sys.stdout, 'buffer') else print('to stdout')
b2 = io.BytesIO(b'abcdef')
v2 = b2.getbuffer()
for f in [lambda: b2.write(b'x'), lambda: b2.truncate(1), lambda: b2.close(), lambda: b2.writelines([b'a']), lambda: b2.seek(0), lambda: b2.read(), lambda: b2.getvalue()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
v2.release()
b2.seek(2); b2.write(b'XYZWV'); print(b2.getvalue()); b2.truncate(3); print(b2.getvalue()); b2.close()
