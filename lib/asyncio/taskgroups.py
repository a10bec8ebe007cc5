# TaskGroup (3.11): every child task is awaited when the `async with` block is left. The first
# child failure cancels the other children and the body (by cancelling the parent task once,
# undone with uncancel() on exit), and all failures come out together in an ExceptionGroup;
# SystemExit and KeyboardInterrupt come out as themselves.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/taskgroups.py.

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


_FATAL = (SystemExit, KeyboardInterrupt)    # re-raised at once, never grouped


def _is_fatal(exc):
    return isinstance(exc, _FATAL)


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) -- all children done on exit."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False          # children are being cancelled
        self._loop = None
        self._parent_task = None
        self._parent_cancelled_by_us = False
        self._tasks = set()
        self._errors = []
        self._fatal = None              # the first SystemExit/KeyboardInterrupt seen
        self._all_done = None           # future __aexit__ waits on while children run

    def __repr__(self):
        words = []
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup' + ''.join(' ' + w for w in words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        loop = self._loop = self._loop or events.get_running_loop()
        self._parent_task = tasks.current_task(loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        # A CancelledError leaving the body is passed on, unless it is the one we caused.
        cancellation = exc if et is exceptions.CancelledError else None
        if self._parent_cancelled_by_us and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        cancellation = await self._wait_children(cancellation)
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._errors:
            raise cancellation
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)     # the body's own error comes after the children's
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    async def _wait_children(self, cancellation):
        """Wait until no child is left; a cancellation of the parent from outside while
        waiting cancels the children and becomes the one to pass on."""
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as outside:
                if not self._aborting:
                    cancellation = outside
                    self._abort()
            self._all_done = None
        return cancellation

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if not self._tasks and self._exiting:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        loop = self._loop
        child = loop.create_task(coro) if context is None else loop.create_task(
            coro, context=context)
        tasks._set_task_name(child, name)
        child.add_done_callback(self._on_task_done)
        self._tasks.add(child)
        return child

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        waiting = self._all_done
        if not self._tasks and waiting is not None and not waiting.done():
            waiting.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error
        parent = self._parent_task
        if parent.done():
            # Nobody is left to raise it to (the group was entered by hand and abandoned).
            self._loop.call_exception_handler(dict(
                message='Task %r has errored out but its parent task %s is already completed'
                        % (task, parent),
                exception=error, task=task))
            return
        if not self._aborting and not self._parent_cancelled_by_us:
            # Stop the siblings, and the body if it is still running, so __aexit__ comes soon.
            self._abort()
            self._parent_cancelled_by_us = True
            parent.cancel()
