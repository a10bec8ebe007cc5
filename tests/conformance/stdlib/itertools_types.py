# The itertools types: names, module, which are subclassable, which methods they have, keyword
# arguments in subclasses, and a few behaviours of each.
import itertools as it
import operator

names = ['cycle', 'accumulate', 'compress', 'dropwhile', 'takewhile', 'filterfalse', 'groupby', '_grouper',
         'starmap', '_tee', '_tee_dataobject', 'zip_longest', 'product', 'permutations', 'combinations',
         'combinations_with_replacement', 'pairwise']
for n in names:
    t = getattr(it, n)
    try:
        class S(t):
            pass
        sub = 'subclassable'
    except TypeError as e:
        sub = str(e)
    own = sorted(k for k in vars(t) if k in ('__reduce__', '__setstate__', '__length_hint__', '__copy__'))
    print(n, t.__module__, t.__name__, t.__qualname__, sub, own)
print(it.tee.__name__, it.tee.__module__, type(it.tee).__name__)
print(type(it.tee([])[0]).__name__, type(next(it.groupby('a'))[1]).__name__)


def is_even(x):
    return x % 2 == 0


cases = [
    (it.filterfalse, (None, [0, 1]), [0]), (it.starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (it.takewhile, (is_even, [2, 3, 4]), [2]), (it.dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (it.cycle, ([1, 2],), [1, 2, 1]), (it.compress, ('ABC', [1, 0, 1]), ['A', 'C']),
    (it.chain, ([1, 2], [3, 4]), [1, 2, 3]), (it.islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (it.pairwise, ('abc',), [('a', 'b'), ('b', 'c')]), (filter, (None, [0, 1]), [1]), (map, (str, [1, 2]), ['1', '2']),
]
for cls, args, result in cases:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        Plain(*args, newarg=3)
        print(cls.__name__, 'plain subclass took a keyword')
    except TypeError as e:
        print(cls.__name__, 'plain:', e)
    if cls is it.compress:   # its __new__ takes keywords (data=, selectors=)
        continue
    u = WithInit(*args, newarg=3)
    print(cls.__name__, type(u).__name__, list(it.islice(u, 0, 3)) == result, u.newarg)


class MyProduct(it.product):
    def __init__(self, *args, **kwargs):
        self.note = kwargs


p = MyProduct('ab', repeat=2)
print(type(p).__name__, list(p), p.note)

print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.permutations(range(4), 2)), list(it.permutations([])), list(it.permutations([], 1)))
print(list(it.permutations('ab', 3)), list(it.combinations('', 0)), list(it.combinations_with_replacement('', 0)))
print(list(it.product('ab', range(3))), list(it.product()), list(it.product('ab', repeat=0)))
print(list(it.product('ab', [], 'c')), list(it.product('ab', repeat=2)))
print(list(it.accumulate([1, 2, 3])), list(it.accumulate([1, 2, 3], initial=10)),
      list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([], initial=5)),
      list(it.accumulate([3, 1, 4], func=max)), list(it.accumulate([], None)))
print(list(it.compress('abcdef', [1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 2])), list(it.filterfalse(bool, [0, 1, '', 2])),
      list(it.starmap(pow, [(2, 3), [3, 2], iter((2, 2))])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print([k for k, g in it.groupby([])], [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2])])
print(list(it.zip_longest('abc', 'de', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab')))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
a, b = it.tee(range(100))
print(list(a)[:5], list(b)[-3:], it.tee([], 0), len(it.tee([], 5)), it.tee('ab', 1)[0].__class__.__name__)
c = it.cycle('abc')
print([next(c) for _ in range(7)], list(it.cycle([])))
results = list(it.combinations('abcd', 2))
print(len(set(map(id, results))) == len(results), results[:2])
