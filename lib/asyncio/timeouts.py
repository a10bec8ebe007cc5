# asyncio.timeout()/timeout_at() (3.11): cancel the current task at a deadline and turn the
# resulting CancelledError into TimeoutError on exit. CPython counterpart: asyncio/timeouts.py.

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks


class _State:
    """The states of a Timeout; `value` is what reprs and messages show."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f'<_State.{self.value.upper()}: {self.value!r}>'


_CREATED = _State('created')
_ENTERED = _State('active')
_EXPIRING = _State('expiring')
_EXPIRED = _State('expired')
_EXITED = _State('finished')


class Timeout:
    """Async context manager cancelling the enclosing task when loop time reaches `when`."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        assert self._state is not _CREATED
        if self._state is not _ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        self._drop_handle()
        if when is not None:
            running = events.get_running_loop()
            # A deadline already past fires at the next iteration.
            self._timeout_handler = (running.call_soon(self._on_timeout) if when <= running.time()
                                     else running.call_at(when, self._on_timeout))

    def _drop_handle(self):
        handle, self._timeout_handler = self._timeout_handler, None
        if handle is not None:
            handle.cancel()

    def expired(self):
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        # "<Timeout [active] when=12.346>": the deadline shows only while active.
        detail = ''
        if self._state is _ENTERED:
            deadline = None if self._when is None else round(self._when, 3)
            detail = ' when=%s' % (deadline,)
        return '<Timeout [%s]%s>' % (self._state.value, detail)

    async def __aenter__(self):
        self._state = _ENTERED
        task = self._task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _ENTERED or self._state is _EXPIRING
        self._drop_handle()
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            # Only our own cancellation becomes a TimeoutError; an outer cancel() stands.
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """Timeout `delay` seconds from now (None: never)."""
    running = events.get_running_loop()     # outside a loop: RuntimeError, even for None
    return Timeout(None if delay is None else running.time() + delay)


def timeout_at(when):
    """Timeout at absolute loop time `when` (None: never)."""
    return Timeout(when)
