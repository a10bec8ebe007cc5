# Match.groups/start/end/span and Pattern.match/search/fullmatch with their argument forms: the
# fast paths for exact str subjects and int positions (json's decoder leans on them) must give
# what the general ones give, and the other forms must still go the general way.
import re

p = re.compile(r'(a)(b)?(c)?(?P<d>d)?')
for subj in ('abd', 'a', 'acx', 'xa'):
    m = p.search(subj)
    print(repr(subj), m.groups(), m.groups('-'), m.span(), m.start(), m.end(),
          [m.span(i) for i in range(5)], m.end('d'), m.start(True), m.span(False))

class S(str):
    pass

for subj in (b'abd', bytearray(b'abd'), memoryview(b'abd'), S('abd')):
    bp = re.compile(p.pattern.encode() if not isinstance(subj, str) else p.pattern)
    m = bp.match(subj)
    print(type(subj).__name__, m.groups(), [type(g).__name__ for g in m.groups()], m.span(3))

m = p.match('ab')
for bad in (5, -1, 1.0, 'zz', None):
    for meth in (m.start, m.end, m.span, m.group):
        try:
            print(meth.__name__, bad, meth(bad))
        except (IndexError, TypeError) as e:
            print(meth.__name__, bad, type(e).__name__, e)

class I:
    def __index__(self):
        return 1

print(m.start(I()), m.end(I()), m.span(I()))

q = re.compile(r'\w+')
s = 'hello world'
for pos, endpos in ((0, 100), (-5, 3), (6, 2), (20, 30), (3, -1), (I(), 4), (True, 5)):
    for meth in (q.match, q.search, q.fullmatch):
        m = meth(s, pos, endpos)
        print(meth.__name__, pos if not isinstance(pos, I) else 'I', endpos,
              m and (m.group(), m.span(), m.pos, m.endpos))
for args in ((b'abc',), (123,), (s, 1.5), (s, 0, '3')):
    try:
        q.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(rb'x').match('x')
except TypeError as e:
    print('TypeError', e)
print(re.match(r'(\d+)\.(\d+)', '3.14').groups(), re.search(r'(x)?y', 'zy').groups(0))
