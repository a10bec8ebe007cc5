# concurrent.futures.process: ProcessPoolExecutor is not available in pygen.
#
# CPython's process pool pickles work to worker processes that run the same interpreter and
# talk over multiprocessing queues with a management thread; pygen has neither threads nor
# multiprocessing, so creating one raises NotImplementedError saying so, instead of hanging.
# The exception class and the names programs refer to exist, so modules that mention them
# import.

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was in
    the running state."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available in pygen: it has no multiprocessing; "
            "use ThreadPoolExecutor, which runs work items in the calling thread")
