# Pickling and copying of partially consumed itertools objects (CPython 3.11's __reduce__ /
# __setstate__), every protocol, plus copy.copy/deepcopy and tee's __copy__.
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
check('accumulate', lambda: it.accumulate(range(6)), 2)
check('accumulate func', lambda: it.accumulate(range(1, 6), operator.mul), 2)
check('accumulate initial', lambda: it.accumulate(range(4), initial=100))
check('accumulate initial started', lambda: it.accumulate(range(4), initial=100), 2)
check('accumulate none total', lambda: it.accumulate([None, 1, 2], second), 1)
check('cycle', lambda: it.cycle('abc'), 2)
check('cycle second pass', lambda: it.cycle('abc'), 4)
check('compress', lambda: it.compress('ABCDEF', [1, 0, 1, 0, 1, 1]), 1)
check('dropwhile', lambda: it.dropwhile(operator.not_, [0, 0, 1, 0, 2]), 1)
check('takewhile', lambda: it.takewhile(bool, [1, 2, 0, 3]), 1)
check('takewhile done', lambda: it.takewhile(bool, [1, 0, 3]), 1)
check('filterfalse', lambda: it.filterfalse(None, [0, 1, 0, 2, 0]), 1)
check('starmap', lambda: it.starmap(operator.add, [(1, 2), (3, 4), (5, 6)]), 1)
check('zip_longest', lambda: it.zip_longest('abc', 'de', fillvalue='-'), 2)
check('zip_longest one left', lambda: it.zip_longest('abcd', 'e', fillvalue=0), 2)
check('groupby', lambda: it.groupby('aabbbcd'), 1)
check('groupby key', lambda: it.groupby('aAbBBc', key=str.lower), 1)

# groupby's groups: the live one pickles with its parent, a dead one as iter(()).
g = it.groupby('aabbbc')
k, grp = next(g)
print('grouper live', shape(grp.__reduce__()), list(pickle.loads(pickle.dumps(grp))))
next(g)
print('grouper dead', shape(grp.__reduce__()), list(pickle.loads(pickle.dumps(grp))))
gg = pickle.loads(pickle.dumps(g))
print('groupby after', [(k, list(v)) for k, v in gg], [(k, list(v)) for k, v in g])

# tee: readers share a buffer of links of 57 items; pickles carry the links.
a, b = it.tee(range(200))
for _ in range(70):
    next(b)
next(a)
red = b.__reduce__()
print('tee', shape(red[:2]), red[2][1])
data = red[2][0].__reduce__()
print('tee data', shape(data[0]), len(data[1][1]), shape(data[1][2]))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    a2, b2 = pickle.loads(pickle.dumps((a, b), proto))
    print(proto, next(a2), next(b2), len(list(a2)), len(list(b2)))
c = copy.copy(a)
print('copy', type(c).__name__, next(c), next(a), next(c))
t1, t2, t3 = it.tee(a, 3)
print('tee of tee', t1 is a, type(t1) is type(a), next(t1), next(t2), next(t3), next(a))
print('deepcopy', list(it.islice(copy.deepcopy(b), 3)), next(b))
