# Synchronisation primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
# Every waiter parks a Future in its primitive's FIFO (_Parking), so wake-ups are first come,
# first served, and a waiter that is woken but cancelled before it runs passes what it was
# given on to the next one.
# Written for pygen from asyncio's documented behaviour; CPython counterpart: asyncio/locks.py.

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

from . import exceptions
from . import mixins
from collections import deque


def _object_repr(obj):
    """object.__repr__ without the angle brackets: 'asyncio.locks.Lock object at 0x...'."""
    cls = type(obj)
    return f'{cls.__module__}.{cls.__qualname__} object at {id(obj):#x}'


class _Parking(mixins._LoopBoundMixin):
    """The FIFO of futures that tasks wait on, and the repr built around it."""

    _waiters = None     # a deque, made on first use

    def _park(self):
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        return fut

    def _still_waiting(self):
        """The parked futures nobody has woken or cancelled yet, in order (lazily)."""
        return (fut for fut in self._waiters or () if not fut.done())

    def _state_words(self):
        raise NotImplementedError

    def __repr__(self):
        state = self._state_words()
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)} [{state}]>'


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None         # `async with lock as x` binds None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _Parking):
    """Mutual exclusion; acquire() waits in FIFO order."""

    def __init__(self):
        self._locked = False

    def _state_words(self):
        return 'locked' if self._locked else 'unlocked'

    def locked(self):
        return self._locked

    async def acquire(self):
        # Free, and nobody (not cancelled) queued before us: take it now.
        if not self._locked and all(fut.cancelled() for fut in self._waiters or ()):
            self._locked = True
            return True
        fut = self._park()
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_first()      # we may have been the one woken: pass it on
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # Only the head of the queue: if it was cancelled, its own cleanup wakes the next.
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Parking):
    """A flag tasks can wait for; set() wakes every waiter."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def _state_words(self):
        return 'set' if self._value else 'unset'

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._still_waiting():
            fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._park()
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _Parking):
    """Wait until notified; the underlying lock is held again when wait() returns."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = deque()

    def _state_words(self):
        return 'locked' if self.locked() else 'unlocked'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._park()
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Whatever happened, the caller gets the lock back before we return or raise.
            if await self._reacquire():
                raise exceptions.CancelledError

    async def _reacquire(self):
        """acquire() until it succeeds; whether a cancellation arrived meanwhile."""
        interrupted = False
        while True:
            try:
                await self.acquire()
                return interrupted
            except exceptions.CancelledError:
                interrupted = True

    async def wait_for(self, predicate):
        while not (outcome := predicate()):
            await self.wait()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        for fut, _ in zip(self._still_waiting(), range(n)):
            fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _Parking):
    """A count of free slots; acquire() waits (FIFO) while there is none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value

    def _state_words(self):
        return 'locked' if self.locked() else f'unlocked, value:{self._value}'

    def locked(self):
        # Waiters not cancelled keep newcomers out even with a slot free: FIFO fairness.
        return self._value == 0 or any(not fut.cancelled() for fut in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._park()
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1    # a slot was handed to us and will not be used
            raise
        finally:
            # Slots still free (released while we were cancelled, say) go to those waiting.
            while self._value > 0 and self._wake_next():
                pass
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        """Hand a slot to the first waiter still waiting; False if there is none."""
        first = next(self._still_waiting(), None)
        if first is None:
            return False
        self._value -= 1
        first.set_result(True)
        return True


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    FILLING = 'filling'         # parties arriving
    DRAINING = 'draining'       # all arrived: being released
    RESETTING = 'resetting'     # reset() while parties waited: they leave with an error
    BROKEN = 'broken'           # abort()


_FILLING, _DRAINING = _BarrierState.FILLING, _BarrierState.DRAINING
_RESETTING, _BROKEN = _BarrierState.RESETTING, _BarrierState.BROKEN


class Barrier(mixins._LoopBoundMixin):
    """Let `parties` tasks wait until all of them have arrived, then release them together."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0         # parties inside wait()

    def __repr__(self):
        detail = self._state
        if not self.broken:
            detail += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{_object_repr(self)} [{detail}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the other parties; the arrival index (0 .. parties-1)."""
        async with self._cond:
            # A previous round still draining or resetting: wait for it to finish.
            await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING     # the last one in opens the gate
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state is not _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                self._leave()

    def _leave(self):
        if self._count:
            return
        # The last one out refills the barrier for the next round.
        if self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
        self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        return self._state is _BROKEN
