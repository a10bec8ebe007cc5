# Queue, PriorityQueue, LifoQueue: put() and get() wait in line (a deque of futures each) while
# the queue is full or empty; task_done()/join() count the items not yet processed.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/queues.py.

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from . import locks
from . import mixins
from collections import deque
from heapq import heappush, heappop


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""


class Queue(mixins._LoopBoundMixin):
    """FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()     # futures of get() calls waiting for an item
        self._putters = deque()     # futures of put() calls waiting for room
        self._unfinished_tasks = 0  # items put and not yet marked task_done()
        self._finished = locks.Event()  # set while nothing is unfinished (join())
        self._finished.set()
        self._init(maxsize)

    # The storage: subclasses replace these three.
    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # The first waiter still waiting gets its turn; finished ones are dropped.
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        items = getattr(self, '_queue', None)
        if items:
            parts.append(f'_queue={list(items)!r}')
        for name, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append(f'{name}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, waiters, blocked):
        """Wait in line (waiters) until blocked() is false. A waiter woken and then
        cancelled before it could act hands its turn to the next one in line."""
        while blocked():
            fut = self._get_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                if fut in waiters:
                    waiters.remove(fut)
                if not blocked() and not fut.cancelled():
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        if self.full():
            await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        if self.empty():
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
