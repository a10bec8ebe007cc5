# Pickling bound methods (__reduce__ = getattr(self, name)), the refusal of classmethod_descriptor,
# pickle.__all__ with the opcode names, pickle.dispatch_table, codecs.escape_decode, and the
# modules test_pickle's helpers import: pickletools (genops, dis, optimize), dbm (whichdb, open),
# http.cookies (SimpleCookie, Morsel), socket.SocketType.
import pickle, pickletools, copy, codecs, io, os, tempfile, copyreg

class Shop:
    def biscuits(self):
        return "biscuits"
    @classmethod
    def wine(cls):
        return "wine"
    class Nested:
        def pie(self):
            return "pie"

m = Shop().biscuits
print(m.__reduce__()[0].__name__, m.__reduce__()[1][1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(m, proto))(), pickle.loads(pickle.dumps(Shop.wine, proto))(),
          pickle.loads(pickle.dumps(Shop.Nested().pie, proto))(), type(pickle.loads(pickle.dumps([].append, proto))).__name__)
print(copy.copy(m)(), copy.deepcopy(Shop.wine)())
for d in (bytearray.__dict__['maketrans'], dict.__dict__['fromkeys']):
    try:
        pickle.dumps(d)
    except TypeError as e:
        print('TypeError', e)
print(pickle.loads(pickle.dumps(dict.fromkeys))('ab'))
print([n for n in pickle.__all__ if not n.isupper()], len(pickle.__all__), pickle.__all__[10:14])
print(pickle.dispatch_table is copyreg.dispatch_table)
print(codecs.escape_decode(b'a\\n\\x41\\101'), codecs.escape_decode('\\t'))

# ---- pickletools ----
objs = [0, -1, 255, 65536, 2**70, -2**70, 'hé\n', b'xy', bytearray(b'z'), [1, (2, 3)], {'a': {1, 2}},
        frozenset([4]), 1.25, None, True, False, (), (1,), (1, 2), (1, 2, 3), Shop.Nested]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for o in objs:
        p = pickle.dumps(o, proto)
        print(proto, [(op.name, op.code, op.proto, arg, pos) for op, arg, pos in pickletools.genops(p)])
        out = io.StringIO()
        pickletools.dis(p, out)
        print(out.getvalue(), end='')
        print(pickle.loads(pickletools.optimize(p)) == o)
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(io.BytesIO(pickle.dumps([1], 0)))])
for bad in (b'', b'\xff', b'(I1\n', b'I1', b'S"abc\n.'):
    try:
        list(pickletools.genops(bad))
    except ValueError as e:
        print('ValueError', e)
print(pickletools.optimize(pickle.dumps([[1], [1]], 2)) == pickle.dumps([[1], [1]], 2))

# ---- dbm ----
import dbm
print(dbm.error[1] is OSError, issubclass(dbm.error[0], Exception))
with tempfile.TemporaryDirectory() as d:
    base = os.path.join(d, 'db')
    print(dbm.whichdb(base))
    with open(base, 'wb') as f:
        f.write(b'x' * 20)
    print(repr(dbm.whichdb(base)))
    with open(base, 'wb') as f:
        f.write((0x13579ACE).to_bytes(4, 'little') + bytes(12))
    print(dbm.whichdb(base))
    with open(base + '.dat', 'wb'):
        pass
    with open(base + '.dir', 'wb'):
        pass
    print(dbm.whichdb(base))
print(pickle.loads(pickle.dumps(dbm.whichdb)) is dbm.whichdb)

# ---- http.cookies ----
from http.cookies import SimpleCookie, Morsel, CookieError
c = SimpleCookie()
c['key'] = 'value'
c['spaced'] = 'a b;c'
c['key']['path'] = '/'
c['key']['secure'] = True
c['key']['max-age'] = 10
print(c.output())
print(repr(c), c['spaced'].coded_value, c['spaced'].value)
c2 = SimpleCookie('chips=ahoy; vienna=finger; keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"')
print(sorted((k, v.value) for k, v in c2.items()))
c3 = SimpleCookie('a=1; Path=/x; HttpOnly; b=2')
print(c3['a']['path'], c3['a']['httponly'], c3['b'].value, c3.output(header='Cookie:'))
try:
    c['key']['bogus'] = 1
except CookieError as e:
    print('CookieError', e)
m = Morsel()
m.set('k', 'v', 'v')
print(repr(m), m == m.copy(), pickle.loads(pickle.dumps(c)) == c)
data = (b'\x80\x02cCookie\nSimpleCookie\nq\x00)\x81q\x01U\x03keyq\x02cCookie\nMorsel\nq\x03)\x81q\x04('
        b'U\x04pathq\x05U\x00q\x06u}q\x07(U\x0bcoded_valueq\x08U\x05valueq\th\th\th\x02h\x02ubs}q\nb.')
old = pickle.loads(data)
print(type(old).__name__, list(old), old['key'].value)

import socket
print(hasattr(socket, 'SocketType'))
