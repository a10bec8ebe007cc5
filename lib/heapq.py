# Heap queue on plain lists. The primitives (heappush/heappop/heapify/heapreplace/heappushpop)
# are C++ in _heapq (src/modules/heapq); merge, nlargest and nsmallest are here. Ties compare with
# <, as CPython does. CPython counterpart: Lib/heapq.py.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: earlier inputs win ties)."""
    iters = [iter(it) for it in iterables]
    heads = []
    for order, it in enumerate(iters):
        for value in it:
            k = value if key is None else key(value)
            heads.append([k, order, value, it])
            break
    while heads:
        if reverse:
            best = 0
            for i in range(1, len(heads)):
                a, b = heads[i], heads[best]
                if b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1]):
                    best = i
        else:
            best = 0
            for i in range(1, len(heads)):
                a, b = heads[i], heads[best]
                if a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1]):
                    best = i
        entry = heads[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
