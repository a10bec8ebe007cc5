# weakref as CPython 3.11's: WeakKeyDictionary/WeakValueDictionary keys(), values(), items()
# are lazy iterators, entries that die during an iteration are removed when it ends, | and |=,
# update() with keywords, equality-based keys; ref's __init__ checks and its keyword refusal,
# the basic reference first in getweakrefs, __callback__ cleared once called; WeakMethod,
# KeyedRef and finalize (peek, detach, atexit, repr, exit order).
import gc
import weakref


class Obj:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Obj(%r)' % self.v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Obj) and self.v == other.v


def err(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary((o.v, o) for o in objs)
wk = weakref.WeakKeyDictionary((o, o.v) for o in objs)
for d in (wv, wk):
    it = d.items()
    print(type(it).__name__, type(d.keys()).__name__, type(d.values()).__name__, iter(d) is not None)
    print(next(it))
    print(len(d))

# An entry dying while an iterator runs: removed when the iteration ends.
objs_v = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary((o.v, o) for o in objs_v)
it = wv.items()
next(it)
del objs_v[-1]
gc.collect()
print('pending:', len(wv.data), sorted(k for k, _ in it))
del it
print('after:', len(wv), sorted(wv.keys()), 4 in wv)

objs_k = [Obj(i) for i in range(5)]
wk = weakref.WeakKeyDictionary((o, o.v) for o in objs_k)
it = iter(wk.keys())
next(it)
del objs_k[-1]
print('len during:', len(wk), len(wk.data))
it = None
print('after:', len(wk), len(wk.data), sorted(wk.values()))

# Equality-based keys, TypeError for keys that cannot be weakly referenced.
a = Obj(1)
wk = weakref.WeakKeyDictionary({a: 'one'})
print(wk[Obj(1)], Obj(1) in wk, 13 in wk)
print(err(lambda: wk[13]), '|', err(lambda: wk.__delitem__(13)), '|', err(lambda: wk.__setitem__(13, 1)))
print(err(lambda: wk[Obj(2)]).split(':')[0], '|', err(lambda: wk.__delitem__(Obj(2))).split(':')[0])

# Union operators and update forms.
x, y, z = Obj('x'), Obj('y'), Obj('z')
d1 = weakref.WeakValueDictionary(a=x)
d2 = weakref.WeakValueDictionary(b=y)
u = d1 | d2
print(type(u).__name__, sorted(u.items(), key=repr))
print(sorted((d1 | {'c': z}).items(), key=repr), sorted(({'c': z} | d1).items(), key=repr))
d1 |= {'d': z}
print(sorted(d1.keys()))
print(err(lambda: d1 | 5), err(lambda: d1.__ior__(5)))
d1.update([('e', x)], f=y)
d1.update(None)
print(sorted(d1.keys()))
k1 = weakref.WeakKeyDictionary({x: 1})
k1.update({y: 2}, )
k1.update([(z, 3)])
print(sorted(k1.values()), sorted((k1 | {x: 9}).values()), err(lambda: k1 | 1))
print(err(lambda: k1.update(x=1)))

# WeakValueDictionary helpers.
wv = weakref.WeakValueDictionary({1: x, 2: y})
print([type(r).__name__ for r in wv.valuerefs()], [r.key for r in wv.itervaluerefs()])
print(wv.setdefault(3, z) is z, wv.pop(3) is z, wv.pop(3, 'dflt'), err(lambda: wv.pop(3)))
print(repr(wv).startswith('<WeakValueDictionary at 0x'), repr(wk).startswith('<WeakKeyDictionary at 0x'))
kr = weakref.KeyedRef(x, None, 'the key')
print(kr.key, kr() is x, err(lambda: weakref.KeyedRef(x, None)))

# ref: construction checks, order of the list, __callback__.
o = Obj(0)
print(err(lambda: weakref.ref()), '|', err(lambda: weakref.ref(o, None, 3)))
print(err(lambda: weakref.ref(o, callback=None)), '|', err(lambda: weakref.ref(o).__init__(0, 0, 0)))
print(err(lambda: weakref.ref(o)(1)), '|', err(lambda: weakref.ref(1)))


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)


m = MyRef(o, value=24)
r = weakref.ref(o)
rc = weakref.ref(o, lambda w: None)
refs = weakref.getweakrefs(o)
print(m.value, refs[0] is r, len(refs), weakref.getweakrefcount(o), m == r, r == m)
seen = []
t = Obj('t')
cb = lambda w: seen.append(w.__callback__)
w = weakref.ref(t, cb)
print(w.__callback__ is cb)
del t
print(seen, w.__callback__)


# WeakMethod.
class C:
    def f(self):
        return 'f'


c = C()
calls = []
wm = weakref.WeakMethod(c.f, calls.append)
wm2 = weakref.WeakMethod(c.f)
print(wm()(), wm == wm2, wm != wm2, hash(wm) == hash(wm2), err(lambda: weakref.WeakMethod(len)))
del c
print(wm(), len(calls), calls[0] is wm, wm == wm2, wm == wm)

# finalize.
res = []
t = Obj('f')
f = weakref.finalize(t, res.append, 'fired')
print(f.alive, f.atexit, f.peek()[0] is t, f.peek()[2:], repr(f).split(';')[1].split(' at ')[0])
print(f.detach()[2:], f.alive, f.peek(), f.detach(), repr(f).endswith('dead>'))
g = weakref.finalize(t, lambda *a, **k: res.append((a, k)), 1, 2, func=3, obj=4)
print(g.peek()[2:])
print(err(lambda: weakref.finalize(t, func=len)), '|', err(lambda: weakref.finalize(t)))
del t
print(res, g.alive, g())


keep = Obj('keep')
late = weakref.finalize(keep, print, 'at exit: late')
early = weakref.finalize(keep, print, 'at exit: early')
skipped = weakref.finalize(keep, print, 'never')
skipped.atexit = False
print(skipped.atexit, early.atexit)
