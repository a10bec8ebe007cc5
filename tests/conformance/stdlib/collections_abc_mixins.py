# collections.abc container ABCs: abstract methods, mixin methods of Set/MutableSet, Mapping/
# MutableMapping (views), Sequence/MutableSequence, registration and isinstance checks.
from collections.abc import *
import collections.abc as cabc
for abc_ in [Sized, Container, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Reversible, Collection, Hashable, Generator]:
    print(abc_.__name__, sorted(abc_.__abstractmethods__))
class Bag(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return 'Bag(%r)' % sorted(self.items)
a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]), a != b, a.isdisjoint([7]), a >= Bag([1]), a > a)
print(a & {3, 9}, {3, 9} & a, [5] - Bag() if False else Bag([1]) - [1], a._hash() == Bag([3, 1, 2])._hash())
try: Set()
except TypeError as e: print('TypeError', e)
class MSet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MSet([1, 2])
m |= [3]; m -= [1]; m ^= [2, 5]; print(sorted(m))
m &= [3]; print(sorted(m), m.pop(), len(m))
try: m.pop()
except KeyError: print('KeyError on pop')
try: m.remove(9)
except KeyError as e: print('KeyError', e)
m.add(1); m.add(2); m.clear(); print(len(m))
class Ro(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
r = Ro({'a': 1, 'b': 2})
print(r.get('a'), r.get('z', 0), 'a' in r, 'z' in r, list(r.keys()), list(r.items()), list(r.values()), r == {'a': 1, 'b': 2}, r == Ro({'a': 1}))
print(r.keys(), type(r.items()).__name__, ('a', 1) in r.items(), 2 in r.values(), sorted(r.keys() & {'a', 'q'}), sorted(r.keys() | {'c'}), len(r.values()))
print(Ro.__reversed__, Ro.__hash__)
try: reversed(r)
except TypeError as e: print('TypeError', e)
class Mm(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = Mm()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); mm.update(Ro({'d': 4}))
print(dict(mm), mm.pop('a'), mm.pop('zz', None), mm.setdefault('e', 5), mm.setdefault('b', 0), mm.popitem(), dict(mm))
try: mm.pop('nope')
except KeyError as e: print('KeyError', e)
mm.clear(); print(len(mm))
try: mm.popitem()
except KeyError: print('KeyError popitem')
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
    def __len__(self): return self.n
s = Seq(5)
print(list(s), 20 in s, 25 in s, list(reversed(s)), s.index(30), s.count(10), s.index(20, 1, 4), s.index(40, -2))
try: s.index(99)
except ValueError: print('ValueError index')
class MSeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ms = MSeq()
ms.append(1); ms.extend([2, 3, 4]); ms += [5]; ms.reverse(); print(ms.l, ms.pop(), ms.pop(0), ms.l)
ms.remove(3); print(ms.l); ms.extend(ms); print(ms.l); ms.clear(); print(ms.l)
print([isinstance(x, Sequence) for x in ((), '', range(1), [], b'', {}, set())])
print([isinstance(x, MutableSequence) for x in ((), [], bytearray())], [isinstance(x, Mapping) for x in ({}, [], r)], [isinstance(x, MutableMapping) for x in ({}, r, mm)])
print([isinstance(x, Set) for x in (set(), frozenset(), {}.keys(), {}.items(), {}.values(), [])], isinstance({}.values(), ValuesView), isinstance({}.keys(), MappingView))
print(isinstance(b'', ByteString), isinstance(bytearray(), ByteString), isinstance('', ByteString))
print([issubclass(t, Hashable) for t in (int, list, dict, tuple)], issubclass(Bag, Hashable), issubclass(Ro, Hashable))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance([], Sized), isinstance(iter([]), Iterator), isinstance([], Reversible), isinstance({}, Reversible))
print(KeysView({'x': 1}), ItemsView({'x': 1}), ValuesView({'x': 1}), list(ItemsView({'x': 1})), len(KeysView({'x': 1, 'y': 2})))
print(Mapping[str, int], MutableSequence[int], Callable[[int], str])
