# hmac: digests of RFC 4231/2202 vectors with names, constructors and modules, copy/update,
# long keys, attributes, the module-level digest() and compare_digest's rules and errors.
import hashlib
import hmac

print(hmac.HMAC.blocksize, hmac.digest_size, hasattr(hmac, '__all__'))
key = b'\x0b' * 20
for mod in ('sha256', 'sha512', 'md5', 'sha1', hashlib.sha224, hashlib.sha3_256, 'sha384'):
    h = hmac.new(key, b'Hi There', digestmod=mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'Jefe', digestmod='sha256')
h.update(b'what do ya want ')
c = h.copy()
h.update(b'for nothing?')
print(h.hexdigest(), c.hexdigest(), c.digest()[:4])
print(hmac.new(b'k' * 200, b'long key', 'sha256').hexdigest())
print(hmac.new(bytearray(b'key'), memoryview(b'msg'), hashlib.sha1).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.digest(b'', b'', 'md5').hex())
print(type(hmac.new(b'k', digestmod='md5')).__name__, isinstance(h, hmac.HMAC))
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'ab', b'abc'), ('abc', 'abc'), ('x', 'y'),
             (bytearray(b'a'), memoryview(b'a')), (b'', b'')]:
    print(type(a).__name__, bytes(a, 'ascii') if isinstance(a, str) else bytes(a), bytes(b, 'ascii') if isinstance(b, str) else bytes(b), hmac.compare_digest(a, b))
for a, b in [('a', b'a'), (b'a', 'a'), (1, 2), (b'a', 1), (1, 'a'), ('é', 'é'), (None, b'')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
for args in [(b'k',), ('k', None, 'md5'), (b'k', None, 'nope'), (1, None, 'md5')]:
    try:
        hmac.new(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hmac.new(b'k', digestmod='md5').update('text')
except TypeError as e:
    print('TypeError', e)
import secrets
print(secrets.compare_digest(b'x', b'x'), secrets.compare_digest is hmac.compare_digest)
