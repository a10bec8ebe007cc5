# queue: FIFO, LIFO and priority queues with the blocking API of threading programs, and
# SimpleQueue. Written for pygen from the 3.11 documentation; blocking uses threading's
# Condition (in pygen, waiting on an empty or full queue ends only by its timeout).

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time
import types

_generic_alias = classmethod(types.GenericAlias)     # Queue[int] and friends

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or get(timeout=...) when the queue stays empty."""
    pass


class Full(Exception):
    """Raised by put(block=False) or put(timeout=...) when the queue stays full."""
    pass


def _wait_for(cond, ready, block, timeout, failure):
    """With cond's lock held: returns once ready() is true, waiting on cond as block and
    timeout allow; raises failure (Empty or Full) when it does not come in time."""
    if not block:
        if not ready():
            raise failure
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        deadline = time() + timeout
        while not ready():
            left = deadline - time()
            if left <= 0.0:
                raise failure
            cond.wait(left)


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock; three conditions on it for the three things a thread may wait for.
        self.mutex = lock = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (threading.Condition(lock)
                                                              for _ in range(3))
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                # Everything put has been processed: wake the join()ers.
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                # Only a bounded queue can be full (and only then are block/timeout looked at).
                _wait_for(self.not_full, lambda: self._qsize() < self.maxsize, block, timeout,
                          Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_for(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    # The storage, overridden by the subclasses (_qsize works for any sized container).
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = _generic_alias


class PriorityQueue(Queue):
    """Lowest entry first (entries are usually (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""
    __module__ = '_queue'   # where CPython defines it

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        # Never full: block and timeout are accepted for compatibility only.
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self._queue:
            return self._queue.popleft()
        if block:
            # Only another thread could put something: wait out the timeout.
            threading._block(timeout)
        raise Empty

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = _generic_alias
