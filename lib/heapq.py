# Heap queue on plain lists: heappush/heappop/heapify/heapreplace/heappushpop, nlargest,
# nsmallest, merge. Ties compare with <, as CPython does. CPython counterpart: Lib/heapq.py.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _sift_down(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not greater.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Bubble the smaller child up until a leaf, then place heap[pos] there and sift it down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


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
