# concurrent.futures._base: Future, the Executor interface, wait() and as_completed().
#
# A future that belongs to a pygen ThreadPoolExecutor carries `_pygen_runner`, the executor's
# "run the next queued work item" step. Whoever waits for such a future (result(), exception(),
# wait(), as_completed()) runs queued work items in submission order until the future is done,
# which is what a pool's worker threads would have done meanwhile. A future nobody will ever
# complete blocks as it would in CPython (for the timeout, or forever).

import time as _time
import types as _types
from _thread import _block

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# How repr() names each state: both cancelled states read 'cancelled'.
_STATE_TO_DESCRIPTION_MAP = {state: state.lower() for state in _FUTURE_STATES}
_STATE_TO_DESCRIPTION_MAP[CANCELLED_AND_NOTIFIED] = 'cancelled'

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


class Error(Exception):
    """The root of concurrent.futures' own exceptions."""


class CancelledError(Error):
    """Raised when the result of a cancelled future is asked for."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when a future is given a result or exception a second time."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


def _call_logged(fn, future):
    try:
        fn(future)
    except Exception:
        _logger().exception('exception calling callback for %r', future)


class Future(object):
    """The eventual result (or exception) of a call run by an executor."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
        self._pygen_runner = None

    def _invoke_callbacks(self):
        # A failing callback is logged; the others still run.
        for fn in list(self._done_callbacks):
            _call_logged(fn, self)

    def __repr__(self):
        text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                         _STATE_TO_DESCRIPTION_MAP[self._state])
        if self._state == FINISHED:
            if self._exception:
                text += ' raised ' + type(self._exception).__name__
            else:
                text += ' returned ' + type(self._result).__name__
        return text + '>'

    def cancel(self):
        """Cancel the future if possible; True if it is (or already was) cancelled."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        if self.done():
            _call_logged(fn, self)
        else:
            self._done_callbacks += [fn]

    def _pygen_wait(self, timeout):
        """Run queued work until this future is done; then block as CPython would."""
        while self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            runner = self._pygen_runner
            if runner is None or not runner():
                _block(timeout)
                return

    def result(self, timeout=None):
        try:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._pygen_wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        self._pygen_wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """Mark the future running, or notify waiters of its cancellation (then False)."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED     # waiters may now count it as done
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(_types.GenericAlias)


def _step(pending):
    """Run one queued work item for one of the pending futures; False if none can progress."""
    for f in pending:
        runner = f._pygen_runner
        if runner is not None and runner():
            return True
    return False


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    finished = set(f for f in fs if f._state in _DONE_STATES)
    pending = [f for f in fs if f not in finished]
    for f in finished:
        yield f
    del finished
    while pending:
        still = []
        for f in pending:
            if f._state in _DONE_STATES:
                yield f
            else:
                still.append(f)
        pending = still
        if not pending:
            break
        if not _step(pending):
            if timeout is None:
                _block(None)
            wait_timeout = end_time - _time.monotonic()
            if wait_timeout > 0:
                _block(wait_timeout)
            raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done): what wait() returns (a named tuple's API)."""

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0], doc='Alias for field number 0')
    not_done = property(lambda self: self[1], doc='Alias for field number 1')

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % self

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    def __getnewargs__(self):
        return tuple(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs; return the named pair of sets (done, not_done)."""
    fs = set(fs)
    result = DoneAndNotDoneFutures

    def satisfied(done):
        if return_when == FIRST_COMPLETED and done:
            return True
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            return True
        return len(done) == len(fs)

    while True:
        done = set(f for f in fs if f._state in _DONE_STATES)
        if satisfied(done):
            return result(done, fs - done)
        if not _step(fs - done):
            break
    _block(timeout)
    done = set(f for f in fs if f._state in _DONE_STATES)
    return result(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor(object):
    """The interface of executors: submit, map, shutdown, and use as a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        # Everything is submitted now; the iterator only collects, in order.
        pending = [self.submit(fn, *row) for row in zip(*iterables)][::-1]

        def results():
            try:
                while pending:
                    left = None if timeout is None else end_time - _time.monotonic()
                    yield _result_or_cancel(pending.pop(), left)
            finally:
                for fut in pending:
                    fut.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
