# collections.defaultdict in C++: __missing__, factories, repr, copy, pickling, | and subclasses.
from collections import defaultdict
import copy, pickle

print(defaultdict.__module__, defaultdict.__name__, issubclass(defaultdict, dict), defaultdict[str, int])
d = defaultdict(list)
for i in range(10):
    d[i % 3].append(i)
print(d, d.default_factory, len(d), 5 in d, d.get(7), d[7], d)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.__missing__('z'), c['z'])
n = defaultdict()
print(n, n.default_factory)
def err(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
err(n.__getitem__, 5)
err(n.__getitem__, (1, 2))
err(defaultdict, 1)
err(defaultdict, list, 1)
err(defaultdict(int).__missing__)
err(lambda: defaultdict(list) | 1)
print(defaultdict(None, a=1), defaultdict(int, {1: 1}, b=2), defaultdict(list, [(1, 2)]))
print({1: 2} | defaultdict(int), defaultdict(int, {1: 1}) | {2: 2}, type({1: 2} | defaultdict(int)).__name__)
u = defaultdict(str, a='x'); u |= {'b': 'y'}; print(u, type(u).__name__)
d.default_factory = set; print(d['new'], d.default_factory)
d.default_factory = None; err(d.__getitem__, 'none')
d.default_factory = 5; err(d.__getitem__, 'five')
print(defaultdict(list).__reduce__()[:4], defaultdict().__reduce__()[:4], list(defaultdict(int, a=1).__reduce__()[4]))
for obj in (defaultdict(list, {1: [2]}), defaultdict(None, {'a': 1})):
    p = pickle.loads(pickle.dumps(obj))
    print(type(p).__name__, p, p.default_factory)
cp = copy.copy(defaultdict(list, {1: [2]})); dp = copy.deepcopy(defaultdict(list, {1: [2]}))
print(cp, dp, defaultdict(int, {1: 1}).copy())

class Sub(defaultdict):
    def __missing__(self, key):
        return 'sub-' + str(key)
s = Sub(int)
print(s[3], s, repr(Sub(list, {1: 2})), s.copy(), type(s.copy()).__name__)
class Sub2(defaultdict):
    pass
s2 = Sub2(lambda: 'made')
print(s2['k'], dict(s2), type(s2.copy()).__name__)
class Store(defaultdict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)
st = Store(list)
st['a'].append(1)
print(st)

# A factory that refers back to the dict, and a recursive value.
class F:
    def __call__(self):
        return 0
    def __repr__(self):
        return 'F(%r)' % (r,)
r = defaultdict(F())
print(repr(r), r['x'])
rec = defaultdict(list); rec['self'] = rec
print(rec)
g = defaultdict(lambda: len(g))
print(g['a'], g['b'], sorted(g.items()))
