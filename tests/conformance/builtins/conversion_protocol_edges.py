# float()/int() conversion protocols, keywords to immutable built-in subclasses, comparison
# dunders that fail to be got, list.extend with a lying __length_hint__, dict.setdefault's
# single comparison (CPython 3.11 test_float/test_int/test_tuple/test_set/test_class/test_list/
# test_dict cases).
import sys
import warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            out = '%r %s' % (r, type(r).__name__)
        except Exception as e:
            out = '%s: %s' % (type(e).__name__, e)
    print(label, out, [str(x.category.__name__) + ': ' + str(x.message) for x in w])

class F2(float):
    def __float__(self): return 42.
class F3(float):
    def __float__(self): return self
class F4(float):
    def __float__(self): return 42
class FStr(str):
    def __float__(self): return float(str(self)) + 1
class FSub(float): pass
class Other:
    def __float__(self): return FSub(7.5)
show('float(F2)', lambda: float(F2(1.0)))
show('float(F3)', lambda: float(F3(21.0)))
show('float(F4)', lambda: float(F4(1.0)))
show('float(FStr)', lambda: float(FStr('8')))
show('float(Other)', lambda: float(Other()))
show('FSub(Other)', lambda: FSub(Other()))

class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class Trunc:
    def __trunc__(self): return 5
class TruncBadIndex:
    def __trunc__(self): return BadIndex()
class TruncBadInt:
    def __trunc__(self): return BadInt()
show('int(BadIndex)', lambda: int(BadIndex()))
show('int(BadIndex2)', lambda: int(BadIndex2()))
show('int(BadInt)', lambda: int(BadInt()))
show('int(Trunc)', lambda: int(Trunc()))
show('int(TruncBadIndex)', lambda: int(TruncBadIndex()))
show('int(TruncBadInt)', lambda: int(TruncBadInt()))

for base in (tuple, frozenset, float):
    arg = 2.5 if base is float else [1, 2]
    plain = type('plain', (base,), {})
    def init(self, arg, newarg=None):
        self.newarg = newarg
    with_init = type('with_init', (base,), {'__init__': init})
    show(base.__name__ + ' plain kw', lambda: plain(arg, x=1))
    show(base.__name__ + ' plain', lambda: plain(arg))
    show(base.__name__ + ' init kw', lambda: with_init(arg, newarg=3).newarg)

def booh(self):
    raise AttributeError('booh')
def div(self):
    return 1 / 0
class E:
    __eq__ = property(booh)
    __lt__ = property(div)
show('E == E', lambda: E() == E())
show('E < E', lambda: E() < E())

class Lying:
    def __init__(self, hint): self.hint = hint
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return self.hint
for hint in (sys.maxsize, sys.maxsize - 3, sys.maxsize - 4, sys.maxsize // 2):
    a = [1, 2, 3, 4]
    show('extend hint', lambda: (a.extend(Lying(hint)), a)[1])

class Hashed:
    def __init__(self): self.hashes = self.eqs = 0
    def __hash__(self):
        self.hashes += 1
        return 42
    def __eq__(self, other):
        self.eqs += 1
        return self is other
h1 = Hashed(); d = {h1: 5}; h2 = Hashed()
d.setdefault(h2, [])
print('setdefault', h1.hashes, h2.hashes, h1.eqs + h2.eqs, len(d))
print('setdefault again', d.setdefault(h2, 'x'), d.setdefault('k', 'v'), d.setdefault('k', 'w'))
