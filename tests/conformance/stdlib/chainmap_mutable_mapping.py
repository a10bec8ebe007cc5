from collections import ChainMap
import collections.abc as abc, copy, pickle
c = ChainMap({'a': 1}, {'b': 2, 'a': 0})
print(isinstance(c, abc.MutableMapping), issubclass(ChainMap, abc.MutableMapping), ChainMap.__mro__)
print(c.keys(), c.items(), c.values(), list(c.items()))
print(c == {'a': 1, 'b': 2}, c == copy.copy(c), c != {'a': 2})
print(c.get('a'), c.get('z', 5), 'b' in c, len(c))
c.update({'z': 3}, w=4); print(c)
print(c.setdefault('q', 9), c)
print(c | {'n': 1}, {'n': 1} | c)
c |= {'m': 2}; print(c)
print(c.pop('m'), c.popitem())
class D(ChainMap):
    def __missing__(self, key): return 'missing ' + key
d = D({'a': 1})
print(d['x'], d.get('x'), 'x' in d)
try: c['nope']
except KeyError as e: print('KeyError', e)
try: c.pop('b')
except KeyError as e: print('KeyError', e)
print(ChainMap.fromkeys('ab', 3), ChainMap().new_child().parents, bool(ChainMap({})))
print(c.__class_getitem__(int))
print(sorted(k for k in dir(ChainMap) if not k.startswith('_abc')))
print(pickle.loads(pickle.dumps(c)))
