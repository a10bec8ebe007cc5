# Pickling and copying of partially consumed itertools objects (CPython 3.11's __reduce__ /
# __setstate__), every protocol, plus copy.copy/deepcopy.
import copy
import itertools as it
import operator
import pickle


def shape(x):
    # The reduce value with iterators shown by type name (their addresses vary).
    if isinstance(x, tuple):
        return tuple(shape(e) for e in x)
    if isinstance(x, list):
        return [shape(e) for e in x]
    if hasattr(x, '__next__') or type(x).__name__ == '_tee_dataobject':
        return '<%s>' % type(x).__name__
    if callable(x):
        return getattr(x, '__name__', '?')
    return x


def second(a, b):
    return b


def take(x):
    if isinstance(x, it.groupby):
        return [(k, list(g)) for k, g in it.islice(x, 30)]
    return list(it.islice(x, 30))


def check(label, make, advance=0):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        x = make()
        for _ in range(advance):
            next(x)
        red = x.__reduce__() if hasattr(type(x), '__reduce__') else None
        y = pickle.loads(pickle.dumps(x, proto))
        if proto == 0:
            print(label, shape(red))
        a = take(x)
        b = take(y)
        if a != b or type(x) is not type(y):
            print('  mismatch at protocol', proto, a, b)
    print('  rest:', a)
    for cp in (copy.copy, copy.deepcopy):
        x = make()
        for _ in range(advance):
            next(x)
        print('  %s:' % cp.__name__, take(cp(x)))


for adv in (0, 2, 6):
    check('combinations %d' % adv, lambda: it.combinations('ABCD', 2), adv)
    check('cwr %d' % adv, lambda: it.combinations_with_replacement(range(3), 2), adv)
    check('permutations %d' % adv, lambda: it.permutations(range(4), 2), adv)
    check('product %d' % adv, lambda: it.product('ab', range(3)), adv)
check('combinations done', lambda: it.combinations('AB', 2), 1)
check('combinations r>n', lambda: it.combinations('AB', 3))
check('product empty pool', lambda: it.product('ab', []))
check('product repeat', lambda: it.product('01', repeat=3), 3)
