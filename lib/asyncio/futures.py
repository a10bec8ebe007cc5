# Future: a result that arrives later, with done callbacks scheduled on its loop, awaited by
# yielding itself to the Task driving the coroutine (the `_asyncio_future_blocking` protocol).
# CPython counterparts: asyncio/futures.py, asyncio/base_futures.py (reprs), _asynciomodule.c.

__all__ = ('Future', 'wrap_future', 'isfuture')

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects following the Future protocol (asyncio's or compatible)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        return ''
    describe = format_helpers._format_callback_source
    if size == 1:
        text = describe(cb[0][0], ())
    elif size == 2:
        text = '{}, {}'.format(describe(cb[0][0], ()), describe(cb[1][0], ()))
    else:
        text = '{}, <{} more>, {}'.format(describe(cb[0][0], ()), size - 2,
                                          describe(cb[-1][0], ()))
    return f'cb=[{text}]'


def _future_repr_info(future):
    """['pending'|'cancelled'|'finished', result=/exception=, cb=[...]] for reprs."""
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers.short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A value (or exception) set once; awaiting it suspends the awaiting Task until then."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None       # the CancelledError to re-raise from result(), if any

    # True while the Future is being yielded to a Task by __await__; None marks non-futures.
    _asyncio_future_blocking = False

    __log_traceback = False     # True when an exception was set and nobody looked at it

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else events._get_event_loop()
        self._callbacks = []    # (callback, context) pairs, called in order when done

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        # An exception nobody retrieved is reported to the loop's handler when the Future goes.
        if self.__log_traceback:
            self._loop.call_exception_handler(dict(
                message='%s exception was never retrieved' % type(self).__name__,
                exception=self._exception, future=self))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one recorded by the Task (handed out once), or a
        new one carrying the cancel() message if there was one."""
        recorded, self._cancelled_exc = self._cancelled_exc, None
        if recorded is not None:
            return recorded
        message = self._cancel_message
        return exceptions.CancelledError() if message is None else exceptions.CancelledError(message)

    def cancel(self, msg=None):
        """Cancel and schedule the callbacks; False if already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        # Each callback runs later, through the loop, in its own saved context.
        pending = list(self._callbacks)
        del self._callbacks[:]
        for callback, saved_context in pending:
            self._loop.call_soon(callback, self, context=saved_context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) when done (at once, through call_soon, if already done)."""
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
            return
        self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(kept)
        if removed_count:
            self._callbacks[:] = kept
        return removed_count

    def _already_done(self):
        # Worded as the C Future (and the C Task, which pygen's Task stands for) word it.
        return exceptions.InvalidStateError('invalid state')

    def set_result(self, result):
        if self._state != _PENDING:
            raise self._already_done()
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise self._already_done()
        # An exception class is instantiated; StopIteration cannot travel through a generator.
        error = exception() if isinstance(exception, type) else exception
        if type(error) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception, self._exception_tb = error, error.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        # Reported by __del__ unless result() or exception() looks at it first.
        self.__log_traceback = True

    def __await__(self):
        if not self.done():
            # Yielded to the Task driving the coroutine, which resumes us once we are done.
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _future_repr(future):
    """repr() of a Future: the C Future's __repr__ calls this, as CPython's calls base_futures."""
    return '<{} {}>'.format(future.__class__.__name__, ' '.join(future._repr_info()))


# The pure-Python Future stays importable; the C++ one (_asyncio.Future) replaces it when present.
_PyFuture = Future
try:
    import _asyncio
except ImportError:
    pass
else:
    _CFuture = _asyncio.Future
    Future = _CFuture


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper for sleep(): set the result only if the future is still pending."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_outcome(source, target):
    # Give the asyncio future `target` the outcome of the finished concurrent future `source`.
    if target.cancelled():
        return
    if source.cancelled():
        target.cancel()
        return
    error = source.exception()
    if error is not None:
        target.set_exception(_convert_future_exc(error))
    else:
        target.set_result(source.result())


def _convert_future_exc(exc):
    # concurrent.futures' CancelledError/TimeoutError/InvalidStateError as asyncio's.
    import concurrent.futures as cf
    for theirs, ours in ((cf.CancelledError, exceptions.CancelledError),
                         (cf.TimeoutError, exceptions.TimeoutError),
                         (cf.InvalidStateError, exceptions.InvalidStateError)):
        if type(exc) is theirs:
            return ours(*exc.args)
    return exc


def _drive(source):
    # pygen has no worker threads: a loop callback runs the executor's queued work (oldest
    # first) until `source` is done, where CPython's worker would have run it meanwhile.
    runner = getattr(source, '_pygen_runner', None)
    while runner is not None and not source.done():
        if not runner():
            break


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio future of `loop`."""
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    target = loop.create_future()

    def on_target_done(fut):
        if fut.cancelled():
            future.cancel()

    def on_source_done(src):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_outcome, src, target)

    target.add_done_callback(on_target_done)
    future.add_done_callback(on_source_done)
    if not future.done():
        loop.call_soon(_drive, future)
    return target