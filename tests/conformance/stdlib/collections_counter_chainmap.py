# Counter's operators (binary, unary, in-place, rich comparisons with missing-as-zero), update
# and subtract from mappings and iterables; namedtuple's field handling (rename, defaults);
# ChainMap's lookups and copies; OrderedDict's equality and repr.
from collections import Counter as C, OrderedDict as O, ChainMap as M, namedtuple as N

a = C('abracadabra')
b = C(a=1, b=5, z=-2)
print(a + b, a - b, a | b, a & b, +b, -b, a == b, a != b, a <= a + b, a < a, a >= b, a > b,
      C(a=1) == C(a=1, b=0), C() == C(x=0))
c = a.copy()
c += b
print(c)
c -= C(a=10)
print(c)
c |= C(q=3, a=-1)
print(c)
c &= C(q=2, r=1)
print(c)
d = C(a=1)
d.update({'a': 2}, b=3)
d.update('aa')
d.subtract({'a': 1})
d.subtract('bbbb')
print(d, d.total(), sorted(d.elements()), d.most_common(1))
print(repr(C()), C(x=1).__reduce__(), a.__eq__(1), a.__le__(1), a.__add__(1))
try:
    a < 1
except TypeError as e:
    print('TypeError:', e)
try:
    C.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
P = N('P', 'x, y', defaults=[0])
print(P(1), P(1, 2)._replace(y=5), P._fields, P._field_defaults, P.__doc__, P.__module__, P(3)._asdict())
R = N('R', ['a', 'a', '_b', 'def', '1x', 'ok'], rename=True)
print(R._fields, N('S', ('u', 'v')).__match_args__)
for bad in (('T', 'a _b'), ('T', 'a a'), ('T', 'a 1'), ('1T', 'a'), ('T', [1])):
    try:
        N(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = M({'a': 1}, {'a': 2, 'b': 3})
print(m, list(m), m.get('b'), m.get('zz', 9), 'b' in m, len(m), m.parents, m.new_child(), m.copy(),
      M.fromkeys('ab', 0))
o = O(a=1, b=2)
print(o, O(), o == O(b=2, a=1), o == dict(b=2, a=1), o.copy())
