# pickle: framing of large pickles, files, persistent ids, dispatch_table, reducer_override,
# copyreg extensions, __setstate__/state setters, Python 2 data, and error messages.
import pickle, io, copyreg, zlib, collections
# recursion and sharing
a = [1]; a.append(a)
d = {}; d['self'] = d
t = ([],); t[0].append(t)
for p in range(6):
    for o in (a, d, t):
        s = pickle.dumps(o, p); print(p, s if len(s) < 80 else zlib.crc32(s))
        r = pickle.loads(s)
    r = pickle.loads(pickle.dumps(a, p)); print(r[1] is r)
    r = pickle.loads(pickle.dumps(t, p)); print(r[0][0] is r)
# big data: frames
big = [str(i) * 3 for i in range(8000)]
for p in (4, 5):
    s = pickle.dumps(big, p); print(p, len(s), zlib.crc32(s), s.count(b'\x95'))
    print(pickle.loads(s) == big)
bigb = [b'x' * 70000, 'y' * 70000, b'z' * 10]
for p in (3, 4, 5):
    s = pickle.dumps(bigb, p); print(p, len(s), zlib.crc32(s)); print(pickle.loads(s) == bigb)
# files
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dump([1, 2]); pk.dump('second')
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load())
try: u.load()
except EOFError as e: print('EOFError', e)
f = io.BytesIO(); pickle.dump({'k': big[:2000]}, f); f.seek(0); print(pickle.load(f) == {'k': big[:2000]})
# persistent ids
class DB:
    def __init__(self, key): self.key = key
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return ('DB', obj.key) if isinstance(obj, DB) else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%s:%s' % pid
for p in (0, 1, 2, 4):
    f = io.BytesIO(); 
    try:
        P(f, p).dump([DB('x'), 3]); print(p, f.getvalue()); f.seek(0); print(U(f).load())
    except Exception as e: print(type(e).__name__, e)
class P0(pickle.Pickler):
    def persistent_id(self, obj): return 'pid' if obj == 'rep' else None
f = io.BytesIO(); P0(f, 0).dump(['rep']); print(f.getvalue())
try: pickle.loads(f.getvalue())
except pickle.UnpicklingError as e: print('UnpicklingError', e)
# dispatch_table and reducer_override
class Thing:
    def __init__(self, v): self.v = v
def red(t): return (Thing, (t.v * 10,))
f = io.BytesIO(); p = pickle.Pickler(f, 3); p.dispatch_table = {Thing: red}; p.dump(Thing(4)); print(f.getvalue(), pickle.loads(f.getvalue()).v)
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Thing): return (str, ('T%d' % obj.v,))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([Thing(1), 2]); print(f.getvalue(), pickle.loads(f.getvalue()))
copyreg.pickle(Thing, lambda t: (Thing, (t.v + 1,)))
print(pickle.dumps(Thing(1), 2), pickle.loads(pickle.dumps(Thing(1))).v)
del copyreg.dispatch_table[Thing]
# extension codes
copyreg.add_extension('collections', 'OrderedDict', 240)
print(pickle.dumps(collections.OrderedDict, 2), pickle.loads(pickle.dumps(collections.OrderedDict, 2)))
copyreg.remove_extension('collections', 'OrderedDict', 240)
# state with __setstate__, __reduce__ with 6 items
class St:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a, 'extra': 2}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
r = pickle.loads(pickle.dumps(St())); print(sorted(r.__dict__.items()))
def setter(obj, state): obj.__dict__['via'] = state
class Six:
    def __reduce__(self): return (Six, (), 'S', None, None, setter)
print(pickle.dumps(Six(), 4), pickle.loads(pickle.dumps(Six())).via)
# python2-style data and encodings
print(pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"U\x03abcq\x00.", encoding='bytes'), pickle.loads(b"T\x02\x00\x00\x00\xe9aq\x00.", encoding='latin1'))
print(pickle.loads(b"S'a\\nb\\x41'\n."), pickle.loads(b"c__builtin__\nxrange\n(I5\ntR."))
print(pickle.loads(b'(lp0\nI1\naL5L\na(dp1\nVk\nF1.5\nsa.'))
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nU\x03msg\x85R.'))
print(pickle.loads(b'(i__main__\nThing\n(dS\'v\'\nI7\nsb.').v)
# errors
for bad in [b'', b'\x80', b'(.', b'N', b'\x80\x09.', b'g0\n.', b'\xff', b'X\x05\x00\x00\x00ab', b'I12x\n.', b'\x80\x04\x93.', b'V\\u12\n.']:
    try: print(repr(pickle.loads(bad)))
    except Exception as e: print(type(e).__name__, e)
def f():
    def g(): pass
    return g
class A: pass
A.__qualname__ = 'Nope'
for o in (f(), lambda: 0, A):
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
for r in [5, (1,), (len, 1), (1, ()), (len, (), None, 5)]:
    class R:
        def __reduce__(self, r=r): return r
    try: pickle.dumps(R())
    except Exception as e: print(type(e).__name__, e)
for p in (6, 'x'):
    try: pickle.dumps(1, p)
    except Exception as e: print(type(e).__name__, e)
try: pickle.loads('str')
except Exception as e: print(type(e).__name__, e)
try: pickle.Pickler(5)
except Exception as e: print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PicklingError.__mro__[1:3], issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.dumps(-1), pickle.dumps(True, 1), pickle.loads(pickle.dumps(2**70, 0)))
print(pickle.dumps(1, -1))
