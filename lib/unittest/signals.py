# unittest.signals: the -c/--catch option. While our SIGINT handler is installed, the first
# Control-C asks every registered result to stop after the running test; a second one goes to
# the handler that was there before (normally KeyboardInterrupt).
# Behaviour follows CPython 3.11's documentation; test_break reads _results and
# _interrupt_handler (and its .called), so those names are kept.

from weakref import WeakKeyDictionary
from functools import wraps

__unittest = True

# Results to stop on Control-C. Weak keys: a finished run must not be kept alive by us.
_results = WeakKeyDictionary()
# The installed _InterruptHandler, or None while the caller's own handler is in place.
_interrupt_handler = None


def _chain_target(previous):
    """What a second Control-C (or one while we are not installed) should run."""
    import signal
    if not isinstance(previous, int):
        return previous
    if previous == signal.SIG_IGN:
        return lambda signum, frame: None
    if previous == signal.SIG_DFL:
        return signal.default_int_handler
    raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                    "signal.SIG_DFL, or a callable object")


class _InterruptHandler(object):
    """The SIGINT handler: one soft stop, then whatever handled SIGINT before us."""

    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler          # restored by removeHandler()
        self._pass_on = _chain_target(default_handler)

    def __call__(self, signum, frame):
        import signal
        # Someone replaced us after installation, or this is the second press: pass it on.
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            self._pass_on(signum, frame)
        self.called = True
        for res in list(_results):
            res.stop()


def registerResult(result):
    _results[result] = True


def removeResult(result):
    """Forget result; True when it had been registered."""
    return _results.pop(result, None) is not None


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        import signal
        ours = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, ours)
        _interrupt_handler = ours


def _restore_default():
    global _interrupt_handler
    ours, _interrupt_handler = _interrupt_handler, None
    if ours is not None:
        import signal
        signal.signal(signal.SIGINT, ours.original_handler)


def removeHandler(method=None):
    """Put the caller's SIGINT handler back; as a decorator, only while method runs."""
    if method is None:
        _restore_default()
        return None

    @wraps(method)
    def without_catch(*a, **kw):
        import signal
        saved = signal.getsignal(signal.SIGINT)
        _restore_default()
        try:
            return method(*a, **kw)
        finally:
            signal.signal(signal.SIGINT, saved)
    return without_catch
