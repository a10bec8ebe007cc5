# Heap queue on plain lists. The primitives (heappush/heappop/heapify/heapreplace/heappushpop)
# are C++ in _heapq (src/modules/heapq); merge, nlargest and nsmallest are here. Ties compare with
# <, as CPython does. CPython counterpart: Lib/heapq.py.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


# ---- The primitives in Python (used when _heapq is blocked or missing) ----
# A heap is a list where heap[i] <= heap[2*i+1] and heap[i] <= heap[2*i+2]; only < is used.

def _sift_up(heap, start, pos, less):
    # The item at pos moves towards the root (not above start) while it is less than its parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if less(item, heap[parent]):
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos, less):
    # Moves the item at pos to a leaf along the smaller children, then back up to its place: fewer
    # comparisons than stopping early on random data (the classic bottom-up heapsort trick).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1, _lt)


def heappop(heap):
    """Pops and returns the smallest item of heap."""
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0, _lt)
    return smallest


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap's size is unchanged)."""
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _lt)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest: faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0, _lt)
    return item


def heapify(x):
    """Rearranges the list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i, _lt)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_down(heap, 0, _gt)
    return largest


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i, _gt)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down(heap, 0, _gt)
    return largest


try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
    from _heapq import _heappop_max, _heapify_max, _heapreplace_max
except ImportError:
    pass


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
