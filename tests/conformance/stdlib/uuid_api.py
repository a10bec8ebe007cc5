# uuid: parsing forms, fields and properties, versions/variants, uuid3/uuid5 determinism,
# uuid4/uuid1 shape, comparisons, immutability, pickling, errors.
import uuid, pickle
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(repr(u), str(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for form in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678', '{12345678-1234-5678-1234-567812345678}']:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1, version=1).version)
for kw in [{}, {'hex': 'xyz'}, {'int': -1}, {'bytes': b'short'}, {'fields': (1, 2)}, {'int': 1, 'version': 9}, {'hex': 'a', 'int': 1}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}]:
    try: uuid.UUID(**kw)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
try: uuid.uuid3(uuid.NAMESPACE_DNS, b'x')
except TypeError as e: print('TypeError', e)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
a, b = uuid.uuid4(), uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), str(a)[14], str(a)[19] in '89ab')
one = uuid.uuid1()
print(one.version, one.variant, uuid.uuid1(node=0x123456789abc, clock_seq=5).node == 0x123456789abc, uuid.uuid1(clock_seq=5).clock_seq)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=5) == 5, int(uuid.UUID(int=7)))
print(hash(u) == hash(uuid.UUID(str(u))), {u: 1}[uuid.UUID(u.hex)])
try: u.int = 5
except TypeError as e: print('TypeError', e)
print(pickle.loads(pickle.dumps(u)) == u, uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID('0' * 16 + 'c' + '0' * 15).variant, uuid.UUID('0' * 16 + 'e' + '0' * 15).variant)
print(uuid.SafeUUID.safe, u.is_safe, uuid.RFC_4122, 0 < uuid.getnode() < 1 << 48)
