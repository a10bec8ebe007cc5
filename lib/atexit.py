# atexit: functions run when the interpreter exits normally (end of the program, sys.exit, an
# uncaught exception), last registered first. The runtime calls _run_exitfuncs() at finalisation
# when this module was imported (src/vm/runtime.cpp). Written for pygen from the 3.11 documentation.

import sys as _sys

# (func, args, kwargs) in registration order; an unregistered entry becomes None, keeping its slot
# (CPython's _ncallbacks() counts slots until the list is run or cleared).
_callbacks = []


class _UnraisableArgs:
    """What sys.unraisablehook receives: the fields of CPython's UnraisableHookArgs."""

    def __init__(self, exc, err_msg, obj):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = err_msg
        self.object = obj


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    # Every registration of func goes, compared with == as CPython does.
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    # A snapshot: functions registered while exiting are not run (CPython 3.11 behaves so).
    pending = _callbacks[:]
    del _callbacks[:]
    while pending:
        entry = pending.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # The report starts at the callback's own frame, as when C code calls it.
            tb = exc.__traceback__
            if tb is not None and tb.tb_frame.f_code is _run_exitfuncs.__code__:
                exc.__traceback__ = tb.tb_next
            try:
                _sys.unraisablehook(_UnraisableArgs(exc, "Exception ignored in atexit callback", func))
            except BaseException:
                pass
            del exc
