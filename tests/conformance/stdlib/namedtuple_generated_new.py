# namedtuple's __new__ takes the fields as parameters, as CPython's does: its signature,
# defaults, name, qualname, module and doc, the argument errors of a plain function, and the
# field-name checks (keywords, underscores, duplicates, rename=True).
import collections
import inspect
import pickle
import copy

P = collections.namedtuple("P", "x y z", defaults=[9])
print(P.__new__.__name__, P.__new__.__qualname__, P.__new__.__doc__, P.__new__.__defaults__,
      inspect.signature(P), P.__new__.__module__)
for f in [lambda: P(1), lambda: P(1, 2, 3, 4), lambda: P(1, 2, w=3), lambda: P(1, 2, x=3),
          lambda: P(), lambda: P(x=1, y=2), lambda: P(*range(3)), lambda: P(**{'x': 1, 'y': 2, 'z': 3})]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
Q = collections.namedtuple("Q", "")
print(Q(), Q._fields, repr(Q()), inspect.signature(Q))
R = collections.namedtuple("R", "a")
print(R(1), R(a=2), R._make([3]), R(1)._replace(a=5), repr(R((1, 2))))
S = collections.namedtuple("S", ["class", "def", "_x", "ok", "ok"], rename=True)
print(S(1, 2, 3, 4, 5), S._fields)
print(P(1, 2)._asdict(), P.__new__.__code__.co_varnames)
for method in ('_make', '_replace', '__repr__', '_asdict', '__getnewargs__'):
    print(method, getattr(P, method).__qualname__)


class Sub(P):
    pass


print(Sub(1, 2), type(Sub(1, 2)._replace(x=0)), Sub._make([1, 2, 3]))
for args in [('P', 'for x'), ('P', 'x _y'), ('class', 'x'), ('P', 'x x'), ('P', 'x 1y'), ('1P', 'x')]:
    try:
        collections.namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
print(collections.namedtuple('T', 'for _y x x while', rename=True)._fields)
Point = collections.namedtuple('Point', ['x', 'y'], module=__name__)
p = Point(3, y=4)
print(pickle.loads(pickle.dumps(p)) == p, copy.copy(p), copy.deepcopy(p), p._fields, p.x + p.y,
      Point.x.__doc__, repr(Point(x='a', y=[1, (2,)])))
