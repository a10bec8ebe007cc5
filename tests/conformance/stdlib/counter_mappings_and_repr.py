# Counter counts any Mapping by its items (a plain update when the Counter is empty, as
# CPython does), keeps its repr when counts do not order, and exposes _count_elements; an ABC
# cannot be flagged both a sequence and a mapping for match statements; type.__flags__ uses
# CPython 3.11's bit layout.
from collections import Counter, UserDict, OrderedDict, _count_elements
print(Counter(UserDict({'a': 3})), Counter({'a': 'x'}), Counter('abca'), Counter(a=2, b=-1))
c = Counter('aab'); c.update(UserDict({'a': 2})); c.update('bc'); c.update({'z': 1}, z=2); print(c)
c.subtract(UserDict({'a': 10})); c.subtract('zz'); print(c, +c, -c)
d = {}; _count_elements(d, 'hello'); print(d)
o = OrderedDict(); _count_elements(o, [3, 1, 3]); print(o)
print(Counter(OrderedDict([('q', 5)])) + Counter('q'), Counter('abc') & Counter('bcd'), Counter('aab') | Counter('abb'))
c = Counter({'a': 1, 'b': None, 'c': 'x'})
print(repr(c))
from collections.abc import Collection, Sequence, Mapping
try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
except TypeError as e:
    print('TypeError', e)
import collections.abc as abc
for t in [object, int, bool, str, bytes, tuple, list, dict, set, type, BaseException, ValueError, abc.Sequence, abc.Mapping, abc.Iterable, dict]:
    f = t.__flags__
    print(t.__name__, [b for b in (5, 6, 8, 9, 10, 14, 20, 24, 25, 26, 27, 28, 29, 30, 31) if f & (1 << b)])
class C: pass
class D(list): pass
print([b for b in (5, 6, 8, 9, 10, 12, 14, 19, 24, 25) if C.__flags__ & (1 << b)], [b for b in (5, 9, 25) if D.__flags__ & (1 << b)])
