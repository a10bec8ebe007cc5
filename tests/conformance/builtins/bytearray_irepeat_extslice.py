# bytearray *= n repeats in place (same object, BufferError while exported); assigning empty
# bytes to an extended slice deletes it.
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b"abc"); b1 = b
b *= 3; print(b, b is b1)
b *= 0; print(b, b is b1)
b = bytearray(b"ab"); b *= -2; print(b)
b = bytearray(b"ab")
def f():
    global b
    b *= 'x'
t(f)
def f():
    global b
    b *= 2**70
t(f)
m = memoryview(b)
def g():
    global b
    b *= 2
t(g)
def g1():
    global b
    b *= 1
t(g1)
m.release()
for sl, v in ((slice(1, -1, 2), b''), (slice(None, None, -3), b''), (slice(3, 3, 2), b''), (slice(1, -1, 2), b'x'), (slice(1, 4, 2), bytearray(b'yz'))):
    c = bytearray(b'abcdefghij')
    try:
        c[sl] = v; print(c)
    except Exception as e: print(type(e).__name__, e)
c = bytearray(b'abcdefghij'); m = memoryview(c)
def h(): c[1:-1:2] = b''
t(h); print(c)
