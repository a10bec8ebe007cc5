# threading: the threading API for single-threaded programs under pygen (which has no threads).
# Locks, conditions, semaphores, events, barriers, thread-local data, current_thread() and the
# Thread class work as they do in a CPython program that never starts a thread; Thread.start()
# raises RuntimeError. Waiting for something only another thread could do blocks as CPython would
# (for the timeout, or forever). Written for pygen from the 3.11 documentation.

import os as _os
import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id',
           'getprofile', 'gettrace']

# Names that are _thread's own objects under threading's names.
for _ours, _theirs in (('get_ident', 'get_ident'), ('get_native_id', 'get_native_id'),
                       ('ThreadError', 'error'), ('TIMEOUT_MAX', 'TIMEOUT_MAX'),
                       ('Lock', 'allocate_lock'), ('_allocate_lock', 'allocate_lock'),
                       ('_CRLock', 'RLock'), ('local', '_local'), ('_block', '_block')):
    globals()[_ours] = getattr(_thread, _theirs)
del _ours, _theirs


def _deprecated_alias(old, new):
    # new: the function to use instead, or "get name" / "set daemon" for an attribute.
    import warnings
    if ' ' in new:
        verb, attr = new.split()
        advice = '%s the %s attribute instead' % (verb, attr)
    else:
        advice = 'use %s() instead' % new
    warnings.warn('%s() is deprecated, %s' % (old, advice), DeprecationWarning, stacklevel=3)


def _described(obj, detail):
    # <module.QualName at 0x...: detail>, the form of the synchronisation objects' reprs.
    kind = type(obj)
    return '<%s.%s at %#x: %s>' % (kind.__module__, kind.__qualname__, id(obj), detail)

_trace_hook = None
_profile_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


def stack_size(size=0):
    return _thread.stack_size(size)


class Condition:
    """Wait until notified; with one thread nobody can notify, so waits end by timeout."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    # The condition is entered and left through its lock.
    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        # A plain lock: owned if it cannot be taken now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        _block(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        everyone = len(self._waiters)
        self.notify(everyone)

    def notifyAll(self):
        _deprecated_alias('notifyAll', 'notify_all')
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_allocate_lock())
        self._value = value

    def __repr__(self):
        return _described(self, 'value=%s' % (self._value,))

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        _block(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _described(self, 'value=%s/%s' % (self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        # Never above the starting value: more releases than acquires is a bug.
        if n > self._initial_value - self._value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._cond = Condition(_allocate_lock())
        self._flag = False

    def __repr__(self):
        return _described(self, ('unset', 'set')[bool(self._flag)])

    def _at_fork_reinit(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated_alias('isSet', 'is_set')
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        _block(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties threads meet; with one thread only a one-party barrier can be passed."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _described(self, 'broken')
        return _described(self, 'waiters=%s/%s' % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                try:
                    self._action()
                except:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            timeout = self._timeout
        _block(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control. pygen cannot run one: start() raises RuntimeError."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            # Thread-N, with the target's name when it has one: "Thread-3 (worker)".
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name = '%s (%s)' % (name, target.__name__)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        # A new thread inherits daemon status from the thread creating it.
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._is_stopped:
            words = ["stopped"]
        else:
            words = ["started" if self._started.is_set() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, ' '.join(words))

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread (pygen has no threads)")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that a thread's arguments do not outlive its run.
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def _checked(self):
        # Reading a Thread's state before Thread.__init__ ran is a programming error.
        assert self._initialized, "Thread.__init__() not called"
        return self

    @property
    def name(self):
        return self._checked()._name

    @name.setter
    def name(self, name):
        self._checked()._name = str(name)

    @property
    def ident(self):
        return self._checked()._ident

    @property
    def native_id(self):
        return self._checked()._native_id

    def is_alive(self):
        started = self._checked()._started.is_set()
        return started and not self._is_stopped

    @property
    def daemon(self):
        return self._checked()._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated_alias('isDaemon', 'get daemon')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated_alias('setDaemon', 'set daemon')
        self.daemon = daemonic

    def getName(self):
        _deprecated_alias('getName', 'get name')
        return self.name

    def setName(self, name):
        _deprecated_alias('setName', 'set name')
        self.name = name


class Timer(Thread):
    """Calls a function after interval seconds, in its own thread (so start() fails here)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # cancel() during the wait sets finished: the call is skipped.
        cancelled = self.finished.wait(self.interval)
        if not cancelled and not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        # Already running: it is the interpreter's own thread.
        self._started.set()
        self._ident, self._native_id = get_ident(), get_native_id()


class _DummyThread(Thread):
    pass


_main_thread = _MainThread()
_counter = 0     # the main thread does not use up a number


def current_thread():
    return _main_thread


def currentThread():
    _deprecated_alias('currentThread', 'current_thread')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return 1


def activeCount():
    _deprecated_alias('activeCount', 'active_count')
    return active_count()


def enumerate():
    return [_main_thread]


class ExceptHookArgs:
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args


excepthook = _thread._excepthook
__excepthook__ = excepthook

_shutdown_callbacks = []


def _register_atexit(func, *arg, **kwargs):
    _shutdown_callbacks.append((func, arg, kwargs))


def _shutdown():
    pass
