# Handles (scheduled callbacks), the abstract loop and policy classes, and the module-level
# loop accessors: get_event_loop, set_event_loop, new_event_loop, get_running_loop.
# pygen has one thread, so "thread-local" state is module state.
# Written for pygen from asyncio's documented behaviour; CPython counterpart: asyncio/events.py.

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_child_watcher', 'set_child_watcher',
           '_set_running_loop', 'get_running_loop', '_get_running_loop')

import sys

from . import format_helpers


def _describe_callback(handle):
    return format_helpers._format_callback_source(handle._callback, handle._args)


class Handle:
    """A callback scheduled on a loop with its arguments; cancel() drops it."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback, self._args = callback, args
        self._loop = loop
        self._context = context
        self._cancelled = False
        self._repr = None               # frozen description of a cancelled handle (debug)
        self._source_traceback = None

    def _repr_info(self):
        return _handle_repr_info(self)

    def __repr__(self):
        return _handle_repr(self) if self._repr is None else self._repr

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # Describe it now: the callback is dropped just below.
            self._repr = repr(self)
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        callback, args = self._callback, self._args
        try:
            if self._context is None:
                callback(*args)
            else:
                self._context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _handle_run_error(self, exc, callback, args)
        self = None     # no cycle through the traceback of a failed callback


class TimerHandle(Handle):
    """A Handle due at loop time `when`; ordered by that time inside the loop's heap."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False   # True while the handle sits in the loop's heap

    def __hash__(self):
        return hash(self._when)

    # Ordered by due time; <= and >= also need the handles to be equal, not just due together.
    def __lt__(self, other):
        return self._when < other._when if isinstance(other, _TIMER_TYPES) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, _TIMER_TYPES) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, _TIMER_TYPES):
            return NotImplemented
        return self < other or self == other

    def __ge__(self, other):
        if not isinstance(other, _TIMER_TYPES):
            return NotImplemented
        return self > other or self == other

    def __eq__(self, other):
        if not isinstance(other, _TIMER_TYPES):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args, other._cancelled)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)   # the loop counts them to purge its heap
        super().cancel()

    def when(self):
        return self._when


# The C++ Handle/TimerHandle (_asyncio) replace the classes above when present; their reprs and
# the report of a failing callback come from these helpers.
def _handle_repr_info(handle):
    words = [type(handle).__name__]
    if handle._cancelled:
        words.append('cancelled')
    if isinstance(handle, _TIMER_TYPES):
        words.append(f'when={handle._when}')
    if handle._callback is not None:
        words.append(_describe_callback(handle))
    return words


def _handle_repr(handle):
    return '<' + ' '.join(handle._repr_info()) + '>'


def _handle_run_error(handle, exc, callback, args):
    where = format_helpers._format_callback_source(callback, args)
    handle._loop.call_exception_handler({'message': f'Exception in callback {where}',
                                         'exception': exc, 'handle': handle})


_PyHandle = Handle
_PyTimerHandle = TimerHandle
try:
    from _asyncio import Handle, TimerHandle
except ImportError:
    pass
# Timer handles of either kind compare with each other (the names above are rebound).
_TIMER_TYPES = (_PyTimerHandle, TimerHandle)


class AbstractServer:
    """Interface of servers (no networking in pygen)."""

    def close(self):
        raise NotImplementedError


class AbstractEventLoop:
    """Interface every event loop implements."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Interface of event loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop for the (only) thread, created on first get_event_loop() unless one was set."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            # 3.11.7 warns with a stack level that lands inside asyncio, so nothing is shown.
            fresh = self.new_event_loop()
            self.set_event_loop(fresh)
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


# ---- the running loop and the policy ----

_running_loop = None      # the loop inside run_forever(), or None
_event_loop_policy = None


def get_running_loop():
    """The running event loop; RuntimeError outside of one."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    """The running event loop or None (no error)."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


# The running-loop slot lives in C++ when _asyncio is there (Future() reads it without a call);
# the Python versions stay importable under _py_ names.
_py_get_running_loop, _py__get_running_loop, _py__set_running_loop = (
    get_running_loop, _get_running_loop, _set_running_loop)
try:
    from _asyncio import get_running_loop, _get_running_loop, _set_running_loop
except ImportError:
    pass


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from . import DefaultEventLoopPolicy    # unix_events imports this module
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The current policy (the default one is made on first use)."""
    _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop inside a coroutine, else the policy's current loop."""
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running


def _get_event_loop(stacklevel=3):
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running


# The policy's own operations, as module functions.
def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    policy = get_event_loop_policy()
    return policy.new_event_loop()


def get_child_watcher():
    policy = get_event_loop_policy()
    return policy.get_child_watcher()


def set_child_watcher(watcher):
    policy = get_event_loop_policy()
    return policy.set_child_watcher(watcher)
