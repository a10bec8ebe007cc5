# itertools objects entered again while they run (from a generator, a key's __eq__, a func, an
# item's __del__) raise CPython's error or go on as CPython does, and cycles through them are
# collected.
import gc
import itertools as it
import weakref


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# "RuntimeError: cannot re-enter the tee iterator"
def gen():
    yield 1
    yield next(t)
t, u = it.tee(gen())
show('tee', lambda: list(t))
show('tee other reader', lambda: list(u))


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        next(g, None)
        return self.v == other.v
g = it.groupby([1, 1, 2, 2, 3], key=K)
try:
    print([(k.v, list(grp)) for k, grp in g])
except RecursionError:
    print('groupby key __eq__: RecursionError')


def keyf(x):
    next(g2, None)
    return x
g2 = it.groupby(range(6), key=keyf)
show('groupby keyfunc', lambda: [(k, list(grp)) for k, grp in g2])


class R:
    def __init__(self, target_name, stop):
        self.n = 0
        self.target_name = target_name
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.stop:
            raise StopIteration
        if self.n == 3:
            next(globals()[self.target_name], None)
        return self.n


p = it.pairwise(R('p', 6))
show('pairwise', lambda: list(p))
z = it.zip_longest(R('z', 5), 'ab')
show('zip_longest', lambda: list(z))
cy = it.cycle(R('cy', 4))
show('cycle', lambda: [next(cy) for _ in range(8)])
cp = it.compress(R('cp', 6), it.repeat(1))
show('compress', lambda: list(cp))
sm = it.starmap(lambda x: x, ((v,) for v in R('sm', 5)))
show('starmap', lambda: list(sm))


def f(a, b):
    if b == 2:
        next(acc, None)
    return a + b
acc = it.accumulate(range(6), f)
show('accumulate', lambda: list(acc))


class D:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        next(pr, None)
pr = it.product([D(1), D(2)], [D(3), D(4)], [D(5), D(6)])
show('product with __del__', lambda: len(list(pr)))

# A group stops when its groupby moves on.
g = it.groupby('aabbcc')
_, a = next(g)
_, b = next(g)
print('groupers', list(a), list(b), [k for k, _ in g])


# Cycles through each type are collectable.
class Node:
    pass
makers = {
    'cycle': lambda n: it.cycle([n]), 'tee': lambda n: it.tee([n])[0], 'groupby': lambda n: it.groupby([n]),
    'accumulate': lambda n: it.accumulate([n]), 'product': lambda n: it.product([n]),
    'combinations': lambda n: it.combinations([n], 1), 'cwr': lambda n: it.combinations_with_replacement([n], 1),
    'permutations': lambda n: it.permutations([n]), 'zip_longest': lambda n: it.zip_longest([n], fillvalue=n),
    'starmap': lambda n: it.starmap(n, [n]), 'pairwise': lambda n: it.pairwise([n, n]),
    'compress': lambda n: it.compress([n], [1]), 'dropwhile': lambda n: it.dropwhile(n, [n]),
    'takewhile': lambda n: it.takewhile(n, [n]), 'filterfalse': lambda n: it.filterfalse(n, [n]),
}
for name, make in makers.items():
    n = Node()
    x = make(n)
    n.x = x
    if name == 'groupby':
        n.g = next(x)
    elif name in ('product', 'combinations', 'cwr', 'permutations', 'tee', 'cycle'):
        n.first = next(x)
    r = weakref.ref(n)
    del n, x
    gc.collect()
    print(name, 'collected' if r() is None else 'alive')

# A long chain of tee links is freed without deep recursion.
a, b = it.tee(range(200000))
for _ in a:
    pass
del a, b
print('long tee chain freed')
