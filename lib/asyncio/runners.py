# asyncio.run() and Runner (3.11): a fresh loop per runner; on close the tasks left over are
# cancelled (and waited for), async generators closed, then the loop closed. While a run
# lasts, the first Ctrl-C cancels the main task and a second one raises KeyboardInterrupt.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/runners.py.

__all__ = ('Runner', 'run')

import contextvars
import functools
import signal

from . import coroutines
from . import events
from . import exceptions
from . import tasks

_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """Context manager owning one event loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug, self._loop_factory = debug, loop_factory
        self._loop = None
        self._context = None            # copied when the loop is made; each run() uses it
        self._interrupt_count = 0       # Ctrl-C presses during the current run()
        self._set_event_loop = False    # we installed the loop as the current one

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancel leftover tasks, close async generators, close the loop."""
        if self._state != _INITIALIZED:
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for cleanup in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(cleanup())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine in the runner's loop and return its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        _refuse_nested("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        main = self._loop.create_task(coro, context=self._context if context is None else context)
        handler = self._take_sigint(main)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(main)
        except exceptions.CancelledError:
            # Cancelled by our Ctrl-C handler (and not by anything else): that is the
            # KeyboardInterrupt the user asked for.
            if self._interrupt_count and _fully_uncancelled(main):
                raise KeyboardInterrupt()
            raise
        finally:
            # Put the default back, unless the program replaced our handler meanwhile.
            if handler is not None and signal.getsignal(signal.SIGINT) is handler:
                signal.signal(signal.SIGINT, _DEFAULT_SIGINT)

    def _take_sigint(self, main):
        """Route SIGINT to _on_sigint for this run, unless the program installed its own
        handler; the handler installed, or None."""
        if signal.getsignal(signal.SIGINT) is not _DEFAULT_SIGINT:
            return None
        handler = functools.partial(self._on_sigint, main_task=main)
        try:
            signal.signal(signal.SIGINT, handler)
        except ValueError:
            return None     # not the main thread
        return handler

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        # The loop may be waiting: wake it (with a no-op callback) so the cancellation runs now.
        self._loop.call_soon_threadsafe(_nothing)

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is not None:
            loop = self._loop_factory()
        else:
            loop = events.new_event_loop()
            if not self._set_event_loop:
                # So that get_event_loop() inside the run finds this loop.
                events.set_event_loop(loop)
                self._set_event_loop = True
        self._loop = loop
        if self._debug is not None:
            loop.set_debug(self._debug)
        # Every run() without its own context shares this copy of the caller's.
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED


def _fully_uncancelled(task):
    # Foreign task types may lack uncancel(): then the cancellation is left as it is.
    uncancel = getattr(task, 'uncancel', None)
    return uncancel is not None and uncancel() == 0


_DEFAULT_SIGINT = signal.default_int_handler


def _nothing():
    pass


def _refuse_nested(message):
    if events._get_running_loop() is not None:
        raise RuntimeError(message)


def run(main, *, debug=None):
    """Run the coroutine `main` in a new event loop and return its result."""
    _refuse_nested("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as owner:
        return owner.run(main)


def _cancel_leftovers(loop):
    """Cancel the loop's unfinished tasks, let them finish, report those that failed."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        failure = task.exception()
        if failure is not None:
            loop.call_exception_handler(dict(
                message='unhandled exception during asyncio.run() shutdown',
                exception=failure, task=task))
