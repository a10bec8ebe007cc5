# concurrent.futures.thread: ThreadPoolExecutor for pygen, which has no threads.
#
# Work items wait in the executor's queue. The calling thread runs them, oldest first, whenever
# a result is needed (Future.result/exception, wait, as_completed, Executor.map's iterator) and
# at shutdown(wait=True) or the exit of a `with` block; work left by shutdown(wait=False) runs
# at interpreter exit, as CPython joins its workers then. Results, exceptions, cancellation,
# callbacks and the executor's errors are those of CPython's pool; what differs is only when a
# function runs: never concurrently with the submitter, so a work item that waits for something
# only the submitting code would do later blocks, as a pool with one worker would.

import itertools as _itertools
import os as _os
import types as _types
from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']

_shutdown = False     # the interpreter is exiting
_pools = []           # executors with queued work, run at exit
_atexit_registered = False


def _python_exit():
    global _shutdown
    _shutdown = True
    for pool in list(_pools):
        pool._run_all()


def _register_exit():
    global _atexit_registered
    if not _atexit_registered:
        import atexit
        atexit.register(_python_exit)
        _atexit_registered = True


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        fut = self.future
        if fut.set_running_or_notify_cancel():     # False: it was cancelled while queued
            try:
                value = self.fn(*self.args, **self.kwargs)
            except BaseException as error:
                fut.set_exception(error)
            else:
                fut.set_result(value)

    __class_getitem__ = classmethod(_types.GenericAlias)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        # The attribute names are CPython's: programs and tests look at them.
        self.__dict__.update(_max_workers=max_workers, _work_queue=[], _broken=False,
                             _shutdown=False, _initialized=False,
                             _thread_name_prefix=thread_name_prefix,
                             _initializer=initializer, _initargs=initargs)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _shutdown:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')
        f = _base.Future()
        f._pygen_runner = self._run_next
        self._work_queue.append(_WorkItem(f, fn, args, kwargs))
        if self not in _pools:
            _pools.append(self)
            _register_exit()
        return f


    def _run_next(self):
        """Run the oldest queued work item (the pool's worker); False if there is none."""
        if not self._work_queue:
            if self in _pools:
                _pools.remove(self)
            return False
        if not self._initialized:
            self._initialized = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    _base._logger().critical('Exception in initializer:', exc_info=True)
                    self._initializer_failed()
                    return True
        item = self._work_queue.pop(0)
        item.run()
        return True

    def _run_all(self):
        while self._run_next():
            pass

    def _initializer_failed(self):
        self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
        while self._work_queue:
            item = self._work_queue.pop(0)
            item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            # The queued items stay: running one finds its future cancelled and only notifies.
            for item in self._work_queue:
                item.future.cancel()
        if wait:
            self._run_all()

