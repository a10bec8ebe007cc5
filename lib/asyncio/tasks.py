# Tasks and what is built from them.
#
#   Task          the pure-Python Task (kept as _PyTask): a Future that drives a coroutine one
#                 step at a time; pygen's C++ Task (from _asyncio) replaces it as asyncio.Task
#                 and calls back here only for its repr and get_stack;
#   sleep, ensure_future/create_task, gather, wait, wait_for, as_completed, shield;
#   the registry of tasks (current_task/all_tasks), also replaced by the C++ one.
# Written for pygen from asyncio's documented behaviour; CPython counterparts:
# asyncio/tasks.py, asyncio/base_tasks.py, Modules/_asynciomodule.c.

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

import contextvars
from weakref import WeakSet

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_name_counter = 0


def _next_task_name():
    global _task_name_counter
    _task_name_counter += 1
    return f'Task-{_task_name_counter}'


# ---- repr and stack (shared with the C++ Task) ----

def _task_repr_info(task):
    words = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        words[0] = 'cancelling'
    extra = [f'name={task.get_name()!r}',
             f'coro=<{coroutines._format_coroutine(task._coro)}>']
    if task._fut_waiter is not None:
        extra.append(f'wait_for={task._fut_waiter!r}')
    words[1:1] = extra
    return words


def _task_repr(task):
    """repr() of a Task (the C++ Task's __repr__ calls this)."""
    return f'<{type(task).__name__} {" ".join(task._repr_info())}>'


def _task_get_stack(task, limit):
    """Task.get_stack(): the frame the coroutine is suspended in, if any."""
    frame = getattr(task._coro, 'cr_frame', None)
    return [] if frame is None else [frame]


class Task(futures._PyFuture):
    """Runs a coroutine: each step sends into it (or throws into it) until it yields a
    Future to wait for; the Task steps again once that Future is done."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            # Nothing will run: no "destroyed but pending" report for this one.
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = _next_task_name() if name is None else str(name)
        self._num_cancels_requested = 0   # cancel() calls not yet matched by uncancel()
        self._must_cancel = False         # throw CancelledError in at the next step
        self._fut_waiter = None           # the Future the coroutine waits for
        self._coro = coro
        # Every step runs in this one context, so context variables persist between steps.
        self._context = contextvars.copy_context() if context is None else context
        self.__schedule_step()
        _register_task(self)

    def __del__(self):
        if self._log_destroy_pending and self._state == futures._PENDING:
            self._loop.call_exception_handler({'task': self,
                                               'message': 'Task was destroyed but it is pending!'})
        super().__del__()

    __repr__ = _task_repr

    def _repr_info(self):
        return _task_repr_info(self)

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
        return _task_get_stack(self, limit)

    # ---- cancellation ----

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it at its next step (or
        the Future it waits for is cancelled, which wakes it with one)."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiting_on = self._fut_waiter
        if waiting_on is not None and waiting_on.cancel(msg=msg):
            # Its done callback wakes us; _fut_waiter stays set in case it is a Task that
            # decides to ignore the cancellation.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        self._num_cancels_requested = max(0, self._num_cancels_requested - 1)
        return self._num_cancels_requested

    # ---- stepping ----

    def __schedule_step(self, exc=None):
        if exc is None:
            self._loop.call_soon(self.__step, context=self._context)
        else:
            self._loop.call_soon(self.__step, exc, context=self._context)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() was called during the coroutine's final step.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            _drop_step_frame(cancelled)
            self._cancelled_exc = cancelled   # result() re-raises this very exception
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _drop_step_frame(error)
            super().set_exception(error)
        else:
            self.__after_yield(yielded)
        finally:
            _leave_task(self._loop, self)
            self = None     # no cycle through the frame of a failed step

    def __after_yield(self, yielded):
        if yielded is None:
            # A bare yield (sleep(0)): step again on the next loop iteration.
            self.__schedule_step()
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if type(yielded).__name__ == 'generator':
                why = (f'yield was used instead of yield from for generator in task {self!r} '
                       f'with {yielded!r}')
            else:
                why = f'Task got bad yield: {yielded!r}'
        elif futures._get_loop(yielded) is not self._loop:
            why = f'Task {self!r} got Future {yielded!r} attached to a different loop'
        elif not blocking:
            why = f'yield was used instead of yield from in task {self!r} with {yielded!r}'
        elif yielded is self:
            why = f'Task cannot await on itself: {self!r}'
        else:
            self.__wait_on(yielded)
            return
        self.__schedule_step(RuntimeError(why))

    def __wait_on(self, fut):
        fut._asyncio_future_blocking = False
        fut.add_done_callback(self.__wakeup, context=self._context)
        self._fut_waiter = fut
        if self._must_cancel and fut.cancel(msg=self._cancel_message):
            self._must_cancel = False

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None

    # Named as the C Task's wake-up callback, which is how future reprs show it.
    __wakeup.__qualname__ = 'Task.task_wakeup'
    __wakeup.__name__ = 'task_wakeup'


def _drop_step_frame(exc):
    """CPython's Task is C code, so its tracebacks start in the coroutine: drop our step."""
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
    # Task factories may return objects without set_name: leave those unnamed.
    if name is None:
        return
    set_name = getattr(task, 'set_name', None)
    if set_name is not None:
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
    woken = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, woken, result)
    try:
        return await woken
    finally:
        timer.cancel()


# ---- ensure_future ----

def ensure_future(coro_or_future, *, loop=None):
    """Futures pass through; coroutines and other awaitables are wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if coroutines.iscoroutine(coro_or_future):
        coro, made_here = coro_or_future, False
    elif coroutines.isawaitable(coro_or_future):
        coro, made_here = _wrap_awaitable(coro_or_future), True
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if not made_here:
            coro.close()    # the caller's coroutine will never run: no "never awaited"
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
        any_cancelled = False
        for child in self._children:
            any_cancelled = child.cancel(msg=msg) or any_cancelled
        if any_cancelled:
            # The children's cancellation completes this future later.
            self._cancel_requested = True
        return any_cancelled


def _outcome_for_list(child):
    """What gather(return_exceptions=True) reports for a finished child."""
    if child.cancelled():
        message = child._cancel_message
        return exceptions.CancelledError('' if message is None else message)
    failure = child.exception()
    return child.result() if failure is None else failure


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of the awaitables' results, in argument order."""
    if not coros_or_futures:
        outer = events._get_event_loop().create_future()
        outer.set_result([])
        return outer

    by_arg = {}         # the same awaitable twice is run once and reported twice
    children = []
    loop = outer = None
    remaining = 0

    def child_done(child):
        nonlocal remaining
        remaining -= 1
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()       # retrieved: the outer future settled already
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            failure = child.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if remaining:
            return
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result([_outcome_for_list(c) for c in children])

    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A task gather made: whether it ends pending is gather's business.
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            remaining += 1
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# ---- wait / wait_for / as_completed ----

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _refuse_single(fs, expected):
    # wait() and as_completed() take a collection: a lone future or coroutine is an error.
    if coroutines.iscoroutine(fs) or futures.isfuture(fs):
        raise TypeError(f"expect {expected} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; (done, pending) sets. A timeout does not raise."""
    _refuse_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    unique = set(fs)
    if any(map(coroutines.iscoroutine, unique)):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait({ensure_future(f, loop=loop) for f in unique}, timeout, return_when,
                       loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _ends_wait(fut, return_when, left):
    if left <= 0 or return_when == FIRST_COMPLETED:
        return True
    return (return_when == FIRST_EXCEPTION and not fut.cancelled()
            and fut.exception() is not None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)

    def one_done(fut):
        nonlocal left
        left -= 1
        if _ends_wait(fut, return_when, left):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for fut in fs:
        fut.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(one_done)
    done, pending = set(), set()
    for fut in fs:
        (done if fut.done() else pending).add(fut)
    return done, pending


async def _time_out(fut, loop):
    """fut ran out of time: cancel it, wait until it is really over, then its result (it may
    have finished anyway) or TimeoutError."""
    await _cancel_and_wait(fut, loop)
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def wait_for(fut, timeout):
    """Await fut; once `timeout` seconds have passed cancel it and raise TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        return await _time_out(fut, loop)

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def release(done_fut):
        _release_waiter(waiter, done_fut)

    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # We were cancelled ourselves: pass that on to fut unless it finished already.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        return await _time_out(fut, loop)
    finally:
        timer.cancel()


async def _cancel_and_wait(fut, loop):
    over = loop.create_future()

    def release(done_fut):
        _release_waiter(over, done_fut)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await over      # a cancelled fut finishes through its done callbacks
    finally:
        fut.remove_done_callback(release)


def as_completed(fs, *, timeout=None):
    """Iterator of coroutines giving the futures' results in completion order."""
    _refuse_single(fs, 'an iterable')
    from .queues import Queue   # queues imports tasks' siblings; import late
    finished = Queue()          # futures as they finish; None for the timeout
    loop = events._get_event_loop()
    outstanding = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def expire():
        for fut in outstanding:
            fut.remove_done_callback(one_done)
            finished.put_nowait(None)
        outstanding.clear()

    def one_done(fut):
        if not outstanding:
            return
        outstanding.remove(fut)
        finished.put_nowait(fut)
        if not outstanding and timer is not None:
            timer.cancel()

    async def next_result():
        fut = await finished.get()
        if fut is None:
            raise exceptions.TimeoutError
        return fut.result()

    for fut in outstanding:
        fut.add_done_callback(one_done)
    if outstanding and timeout is not None:
        timer = loop.call_later(timeout, expire)
    for _ in range(len(outstanding)):
        yield next_result()


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('pygen has no threads')


# ---- shield ----

def shield(arg):
    """A future with arg's outcome whose cancellation leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def copy_outcome(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()   # nobody will ask any more: mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
            return
        failure = inner.exception()
        if failure is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(failure)

    def detach(outer):
        if not inner.done():
            inner.remove_done_callback(copy_outcome)

    inner.add_done_callback(copy_outcome)
    outer.add_done_callback(detach)
    return outer


# ---- the task registry ----

_all_tasks = WeakSet()      # every Task not yet collected
_current_tasks = {}         # loop -> the Task whose step is running on it


def current_task(loop=None):
    """The Task running on the (running) loop, or None."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The set of not-yet-done Tasks of the (running) loop."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in tuple(_all_tasks)
            if not task.done() and futures._get_loop(task) is loop}


def _register_task(task):
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {running!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {running!r}.")
    del _current_tasks[loop]


# The pure-Python versions stay importable; the C++ ones take their place when present.
_PyTask = Task
_py_register_task, _py_unregister_task = _register_task, _unregister_task
_py_enter_task, _py_leave_task = _enter_task, _leave_task
_py_current_task, _py_all_tasks = current_task, all_tasks
try:
    import _asyncio
except ImportError:
    pass
else:
    from _asyncio import (_register_task, _unregister_task, _enter_task, _leave_task,
                          current_task, all_tasks, _current_tasks)
    Task = _CTask = _asyncio.Task
