# Task (a Future driving a coroutine step by step) and the helpers built on tasks: sleep,
# ensure_future, gather, wait, wait_for, shield, as_completed, current_task, all_tasks.
# CPython counterparts: asyncio/tasks.py, asyncio/base_tasks.py, _asynciomodule.c.

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

from . import coroutines
from . import events
from . import exceptions
from . import futures
from weakref import WeakSet

_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return f'Task-{_task_name_counter}'


def _task_repr_info(task):
    info = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


class Task(futures._PyFuture):
    """Runs a coroutine: each step sends into it (or throws into it) until it yields a
    Future to wait for; the Task resumes when that Future is done."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0   # cancel() calls not yet matched by uncancel()
        self._must_cancel = False         # throw CancelledError at the next step
        self._fut_waiter = None           # the Future this Task waits for, if any
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            self._loop.call_exception_handler(context)
        super().__del__()

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(_task_repr_info(self)))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            frames.append(frame)
        return frames

    def cancel(self, msg=None):
        """Request cancellation: the coroutine gets CancelledError at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback wakes us with CancelledError; keep _fut_waiter in
                # case it is a Task that swallows the cancellation.
                return True
        # Our __step is already scheduled; make it throw.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() came while the coroutine ran its last step.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            _drop_step_frame(cancelled)
            self._cancelled_exc = cancelled   # re-raised as-is by result()
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _drop_step_frame(error)
            super().set_exception(error)
        else:
            self.__handle_yield(result)
        finally:
            _leave_task(self._loop, self)
            self = None

    def __handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                       f'different loop')
            elif not blocking:
                new_exc = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {result!r}')
            elif result is self:
                new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare `yield` (sleep(0)): run again on the next iteration.
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif type(result).__name__ == 'generator':
            new_exc = RuntimeError(f'yield was used instead of yield from for generator in '
                                   f'task {self!r} with {result!r}')
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self.__step, new_exc, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None

    # The C Task's wake-up callback shows as "Task.task_wakeup()" in future reprs.
    __wakeup.__qualname__ = 'Task.task_wakeup'
    __wakeup.__name__ = 'task_wakeup'


def _task_repr(task):
    """repr() of a Task (called by the C++ Task's __repr__)."""
    return '<{} {}>'.format(task.__class__.__name__, ' '.join(task._repr_info()))


def _task_get_stack(task, limit):
    """Task.get_stack(): the suspended coroutine's frame, if any."""
    frames = []
    frame = getattr(task._coro, 'cr_frame', None)
    if frame is not None:
        frames.append(frame)
    return frames


def _drop_step_frame(exc):
    """CPython's Task is C code, so tracebacks start in the coroutine: drop our __step."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
        exc.__traceback__ = tb.tb_next


# getattr fallback: pygen does not mangle private names yet.
_STEP_CODE = (getattr(Task, '_Task__step', None) or getattr(Task, '__step')).__code__


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


# ---- sleep ----

class _Sleep0:
    """Awaitable that yields None once: the Task reschedules itself right away."""

    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds, returning `result`."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ---- ensure_future ----

def ensure_future(coro_or_future, *, loop=None):
    """Futures pass through; coroutines and awaitables are wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if coroutines.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


# ---- gather ----

class _GatheringFuture(futures.Future):
    """The outer future of gather(): cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The children's cancellation completes this future later.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of results of the awaitables, in argument order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved: the outer future already reported one.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError(
                        '' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # We made this task; its pending destruction is gather's business.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# ---- wait / wait_for / as_completed ----

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets. Never raises on timeout."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def wait_for(fut, timeout):
    """Await fut; after `timeout` seconds cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter, f)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        # Wait for the cancellation to finish so the inner work is really over.
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter, f)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines giving the futures' results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue   # queues imports tasks' siblings; import late
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)   # a None makes _wait_for_one raise TimeoutError
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('pygen has no threads')


# ---- shield ----

def shield(arg):
    """A future mirroring arg's outcome whose cancellation does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # mark retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---- task registry ----

_all_tasks = WeakSet()      # every Task not yet collected
_current_tasks = {}         # loop -> the Task running a step on it


def current_task(loop=None):
    """The Task running on the (running) loop, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not-yet-done Tasks of the (running) loop."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


# The pure-Python Task and registry stay importable; the C++ ones replace them when present.
_PyTask = Task
_py_register_task = _register_task
_py_unregister_task = _unregister_task
_py_enter_task = _enter_task
_py_leave_task = _leave_task
_py_current_task = current_task
_py_all_tasks = all_tasks
try:
    import _asyncio
except ImportError:
    pass
else:
    from _asyncio import (_register_task, _unregister_task, _enter_task, _leave_task,
                          current_task, all_tasks, _current_tasks)
    Task = _CTask = _asyncio.Task
