# uuid.UUID from every input form, its fields and derived properties, variants and versions,
# comparisons, pickling and immutability; uuid3/uuid5 known values; uuid1/uuid4's version and
# variant bits; every constructor error.
import copy
import pickle
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
forms = [uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'), uuid.UUID('12345678123456781234567812345678'),
         uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(f == u for f in forms), u, repr(u), u.hex, u.urn, u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq,
      u.variant, u.version, int(u), hash(u) == hash(u.int))
for text in ('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
             '00000000-0000-1000-8000-000000000000', '00000000-0000-4000-c000-000000000000',
             '00000000-0000-5000-e000-000000000000', '00000000-0000-3000-4000-000000000000'):
    x = uuid.UUID(text)
    print(text, x.variant, x.version, x.time, x.clock_seq)
for v in range(1, 6):
    x = uuid.UUID(int=(1 << 128) - 1, version=v)
    print(v, x, x.version, x.variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, a.__lt__(1), sorted([b, a]))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'),
      uuid.uuid3(uuid.NAMESPACE_URL, 'http://x/'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=a'))
r = uuid.uuid4()
t = uuid.uuid1()
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(r.version, r.variant, t.version, t.variant, t2.node == 0x123456789abc, t2.clock_seq == 0x1234, uuid.uuid1() != t)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) is u or copy.copy(u) == u, u.__getstate__(),
      uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__(), pickle.loads(pickle.dumps(uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe))).is_safe)
try:
    u.int = 3
except TypeError as e:
    print('TypeError:', e)
bad = [dict(), dict(hex='1', int=1), dict(hex='123'), dict(bytes=b'x'), dict(bytes_le=b'y' * 15), dict(fields=(1, 2)),
       dict(int=-1), dict(int=1 << 128), dict(int=0, version=6), dict(int=0, version=0)]
bad += [dict(fields=tuple(1 << w if i == k else 0 for i, w in enumerate((32, 16, 16, 8, 8, 48)))) for k in range(6)]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, list(uuid.SafeUUID))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, isinstance(uuid.getnode(), int))
