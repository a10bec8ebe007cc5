# _thread: the low-level thread primitives, for a pygen without threads. Locks, identities and
# thread-local data behave as in a single-threaded CPython program; starting a thread raises
# RuntimeError. A lock that could only be released by another thread blocks as CPython would
# (forever, or for the timeout given). Written for pygen from the 3.11 documentation.

import time as _time
import os as _os

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

# One thread: its identity is stable for the life of the process.
_MAIN_IDENT = 140000000000000 + _os.getpid()


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _os.getpid()


def _count():
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread (pygen has no threads)")


start_new = start_new_thread


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum)


def exit():
    raise SystemExit


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _block(timeout):
    """Wait for an event no other thread can cause: the timeout, or forever (as CPython would)."""
    if timeout is None or timeout < 0:
        while True:
            _time.sleep(3600)
    if timeout > 0:
        _time.sleep(timeout)


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    """A non-reentrant lock."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        _block(timeout)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<%s %s object at %#x>' % (state, '_thread.lock', id(self))


lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may acquire it again; each acquire needs a release."""

    __slots__ = ('_count', '__weakref__')

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        # The only thread always owns a lock it holds, so acquiring again just counts.
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, _MAIN_IDENT)
        self._count = 0
        return state

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s object owner=%d count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', '_thread.RLock',
            _MAIN_IDENT if self._count else 0, self._count, id(self))


class _local:
    """Thread-local data: with one thread, ordinary attributes."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


class _ExceptHookArgs:
    pass


def _excepthook(args):
    import sys
    if args.exc_type is SystemExit:
        return
    import traceback
    stderr = sys.stderr
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()
