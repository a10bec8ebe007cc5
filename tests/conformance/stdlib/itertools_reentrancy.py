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


class D:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        next(pr, None)
pr = it.product([D(1), D(2)], [D(3), D(4)], [D(5), D(6)])
show('product with __del__', lambda: len(list(pr)))


# Cycles through each type are collectable.
class Node:
    pass
makers = {
    'product': lambda n: it.product([n]), 'combinations': lambda n: it.combinations([n], 1),
    'cwr': lambda n: it.combinations_with_replacement([n], 1), 'permutations': lambda n: it.permutations([n]),
}
for name, make in makers.items():
    n = Node()
    x = make(n)
    n.x = x
    n.first = next(x)
    r = weakref.ref(n)
    del n, x
    gc.collect()
    print(name, 'collected' if r() is None else 'alive')
