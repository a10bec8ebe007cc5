# hmac.compare_digest (and _operator._compare_digest) take str of ASCII or any two bytes-like
# objects (bytearray, memoryview, array), with CPython's errors.
import hmac, _operator as operator, array, secrets
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(secrets.compare_digest is hmac.compare_digest)
for a, b in ((b'ab', b'ab'), (bytearray(b'ab'), b'ab'), (memoryview(b'ab'), bytearray(b'ab')), (array.array('B', b'ab'), b'ab'), ('ab', 'ab'), ('ab', 'ac'), (b'a', b'ab'), ('é', 'é'), ('a', b'a'), (b'a', 'a'), (1, 2), (1, b'a'), (memoryview(b'abcd').cast('B', (2, 2)), b'abcd')):
    t(lambda: hmac.compare_digest(a, b))
