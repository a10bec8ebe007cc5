# functools: total_ordering's derived comparisons (NotImplemented passed through, non-bool
# results kept, names), update_wrapper/wraps, partialmethod (flattening, binding, class
# access), lru_cache/cache parameters and info, cached_property, singledispatch registration
# forms and dispatch through the MRO and ABCs, singledispatchmethod.
import functools
from collections.abc import Sequence


class Weird:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return 'eq-result' if isinstance(other, Weird) and self.v == other.v else ''

    def __ne__(self, other):
        return 'ne-result' if not (isinstance(other, Weird) and self.v == other.v) else ''


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    ops = {'__lt__': lambda a, b: a.v < b.v if isinstance(b, Weird) else NotImplemented,
           '__le__': lambda a, b: a.v <= b.v if isinstance(b, Weird) else NotImplemented,
           '__gt__': lambda a, b: a.v > b.v if isinstance(b, Weird) else NotImplemented,
           '__ge__': lambda a, b: a.v >= b.v if isinstance(b, Weird) else NotImplemented}
    cls = functools.total_ordering(type('T' + root.strip('_'), (Weird,), {root: ops[root]}))
    a, b, c = cls(1), cls(2), cls(1)
    row = []
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        method = getattr(cls, name)
        row.append('%s:%r,%r,%r,%r' % (name, method(a, b), method(b, a), method(a, c), method(a, 5)))
    print(root, ' '.join(row), cls.__lt__.__name__, cls.__ge__.__name__)
try:
    functools.total_ordering(type('N', (), {}))
except ValueError as e:
    print('ValueError:', e)


def original(x, y=2):
    """doc of original"""
    return x + y


original.extra = 'kept'


@functools.wraps(original)
def wrapper(*a, **k):
    return original(*a, **k)


print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is original, wrapper(1))
print(functools.update_wrapper(lambda: 0, functools.partial(original, 1)).__dict__.keys())


class Cell:
    def set(self, *args, **kw):
        return (args, kw)

    one = functools.partialmethod(set, 1, a=1)
    two = functools.partialmethod(one, 2, a=2, b=3)
    cls_one = functools.partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 'x')


c = Cell()
print(c.one(0), c.two(9, b=4), Cell.one(c, 5), c.cls_one(1), Cell.cls_one(2), type(Cell.__dict__['two']).__name__)
try:
    functools.partialmethod(5)
except TypeError as e:
    print('TypeError:', e)


@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info(), sq.cache_parameters(), sq.__name__)
sq.cache_clear()
print(sq.cache_info())


@functools.lru_cache
def bare(n):
    return -n


@functools.cache
def forever(n):
    return n + 0.5


print(bare(3), bare.cache_parameters(), forever(1), forever(1), forever.cache_info(), forever.cache_parameters())
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError:', e)


class Lazy:
    calls = 0

    @functools.cached_property
    def value(self):
        """the value"""
        Lazy.calls += 1
        return 42


z = Lazy()
print(z.value, z.value, Lazy.calls, Lazy.value.__doc__, 'value' in vars(z), type(Lazy.__dict__['value']).__name__)
try:
    class Two:
        p = functools.cached_property(lambda self: 1)
        q = p
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, str(e)[:70])


@functools.singledispatch
def show(x):
    return 'object'


@show.register(int)
def _(x):
    return 'int'


@show.register
def _(x: list):
    return 'list'


show.register(float, lambda x: 'float')


@show.register(Sequence)
def _(x):
    return 'sequence'


print(show(1), show(True), show(1.5), show([1]), show((1,)), show('s'), show({}), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
print(sorted(k.__name__ for k in show.registry), show.__name__)
try:
    show()
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: show.register(3), lambda: show.register(lambda x: 0)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', str(e)[:60])


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg

    @fmt.register(str)
    def _(self, arg):
        return 'str ' + arg


f = Formatter()
print(f.fmt(3), f.fmt('x'), f.fmt(2.5), Formatter.fmt.__name__ if hasattr(Formatter.fmt, '__name__') else '')
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
