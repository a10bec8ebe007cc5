# concurrent.futures for pygen, written from the CPython 3.11 documentation.
#
# pygen has no threads, so a ThreadPoolExecutor runs its work items in the calling thread, in
# submission order, at the moment someone needs a result (see thread.py). ProcessPoolExecutor
# refuses to start (process.py). The executors are imported on first use, as CPython does, so
# `import concurrent.futures` loads only the Future machinery.

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__author__ = 'Brian Quinlan (brian@sweetapp.com)'     # the module's original author, as CPython's says

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')

_LAZY = {'ThreadPoolExecutor': 'thread', 'ProcessPoolExecutor': 'process'}


def __dir__():
    return list(__all__) + ['__author__', '__doc__']


def __getattr__(name):
    submodule = _LAZY.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Import statements rather than importlib.import_module: a sandbox's import allowlist lets
    # the library's own statements through (asyncio's executor needs this under one).
    if submodule == 'thread':
        from . import thread as module
    else:
        from . import process as module
    value = getattr(module, name)
    globals()[name] = value         # later lookups find it directly
    return value
