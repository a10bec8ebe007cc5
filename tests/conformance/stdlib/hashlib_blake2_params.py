# hashlib.blake2b/blake2s are the _blake2 classes (libb2 underneath): digest_size, key, salt, person
# and the tree parameters, their limits and CPython's errors, copy(), new() with keywords, data
# lengths around the block size.
import hashlib
b=hashlib.blake2b
print(b, b.__module__, b.__name__, b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
h=b(b'x', digest_size=16, key=b'k', salt=b's', person=b'p'); print(h.name, h.digest_size, h.block_size, h.hexdigest(), repr(h).startswith('<_blake2.blake2b object at 0x'))
print(hashlib.blake2s(b'abc', digest_size=10, fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=8, last_node=True).hexdigest())
print(hashlib.blake2b(b'abc', fanout=0, depth=255, leaf_size=2**32-1, node_offset=2**64-1, node_depth=255, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b'abc', node_offset=2**48-1, key=b'K'*32, salt=b'12345678', person=b'abcdefgh').hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17), dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(depth=256), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_offset=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(inner_size=-1), dict(key='str'), dict(digest_size='x'), dict(bogus=1)]:
    try: b(**kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(digest_size=33), dict(key=b'x'*33), dict(salt=b'x'*9), dict(inner_size=33)]:
    try: hashlib.blake2s(**kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
try: b('str')
except Exception as e: print(type(e).__name__, e)
try: b().update('s')
except Exception as e: print(type(e).__name__, e)
print(type(hashlib.new('blake2b', b'x', digest_size=8)), hashlib.new('blake2s').name, hashlib.new('blake2b', b'x', digest_size=8).hexdigest())
c=b(b'a'); d=c.copy(); d.update(b'b'); print(c.hexdigest()[:8], d.hexdigest()[:8], b(b'ab').hexdigest()[:8], len(b().digest()), b(memoryview(b'ab')).hexdigest()[:8], b(bytearray(b'ab'), usedforsecurity=False).hexdigest()[:8])
for n in (0, 1, 63, 64, 65, 127, 128, 129, 1000):
    print(n, b(b'z' * n, key=b'key').hexdigest()[:16], hashlib.blake2s(b'z' * n, digest_size=20).hexdigest()[:16])
try:
    class Sub(b): pass
except TypeError as e: print(e)
import _blake2; print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)
