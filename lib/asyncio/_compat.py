# Small stand-ins for stdlib pieces asyncio leans on (collections.deque, heapq, weakref.WeakSet)
# while pygen's lib/ is still growing: the real module is used when it imports, else ours.
# Not part of CPython's asyncio; every name here behaves like its stdlib original for what
# asyncio uses of it (ordering of heap ties included, so timers fire in CPython's order).

try:
    from collections import deque
except ImportError:
    class deque:
        """FIFO with O(1) amortised popleft: a list plus the index of the first live item."""

        def __init__(self, items=()):
            self._items = list(items)
            self._head = 0

        def append(self, item):
            self._items.append(item)

        def popleft(self):
            if self._head >= len(self._items):
                raise IndexError("pop from an empty deque")
            item = self._items[self._head]
            self._items[self._head] = None
            self._head += 1
            if self._head > 32 and self._head * 2 > len(self._items):
                del self._items[:self._head]
                self._head = 0
            return item

        def pop(self):
            if self._head >= len(self._items):
                raise IndexError("pop from an empty deque")
            return self._items.pop()

        def remove(self, value):
            for i in range(self._head, len(self._items)):
                if self._items[i] == value:
                    del self._items[i]
                    return
            raise ValueError("deque.remove(x): x not in deque")

        def clear(self):
            self._items = []
            self._head = 0

        def __len__(self):
            return len(self._items) - self._head

        def __bool__(self):
            return len(self._items) > self._head

        def __iter__(self):
            return iter(self._items[self._head:])

        def __getitem__(self, index):
            return self._items[self._head:][index]

        def __repr__(self):
            return f"deque({self._items[self._head:]!r})"

try:
    from heapq import heappush, heappop, heapify
except ImportError:
    # The classic binary-heap sift routines; the same comparisons in the same order as
    # heapq, so equal keys come out in the same order as under CPython.
    def _sift_down(heap, start, pos):
        item = heap[pos]
        while pos > start:
            parent_pos = (pos - 1) >> 1
            parent = heap[parent_pos]
            if item < parent:
                heap[pos] = parent
                pos = parent_pos
                continue
            break
        heap[pos] = item

    def _sift_up(heap, pos):
        end = len(heap)
        start = pos
        item = heap[pos]
        child = 2 * pos + 1
        while child < end:
            right = child + 1
            if right < end and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        heap[pos] = item
        _sift_down(heap, start, pos)

    def heappush(heap, item):
        heap.append(item)
        _sift_down(heap, 0, len(heap) - 1)

    def heappop(heap):
        last = heap.pop()
        if heap:
            first = heap[0]
            heap[0] = last
            _sift_up(heap, 0)
            return first
        return last

    def heapify(heap):
        for i in reversed(range(len(heap) // 2)):
            _sift_up(heap, i)

try:
    from weakref import WeakSet
except ImportError:
    import _weakref

    class WeakSet:
        """Set of weakly held objects, keyed by id; dead entries drop out through callbacks."""

        def __init__(self):
            self._refs = {}

        def _forget(self, key):
            def callback(ref, refs=self._refs, key=key):
                if refs.get(key) is ref:
                    del refs[key]
            return callback

        def add(self, item):
            key = id(item)
            ref = self._refs.get(key)
            if ref is None or ref() is not item:
                self._refs[key] = _weakref.ref(item, self._forget(key))

        def discard(self, item):
            key = id(item)
            ref = self._refs.get(key)
            if ref is not None and ref() is item:
                del self._refs[key]

        def clear(self):
            self._refs.clear()

        def __contains__(self, item):
            ref = self._refs.get(id(item))
            return ref is not None and ref() is item

        def __iter__(self):
            for ref in list(self._refs.values()):
                item = ref()
                if item is not None:
                    yield item

        def __len__(self):
            return sum(1 for ref in list(self._refs.values()) if ref() is not None)
