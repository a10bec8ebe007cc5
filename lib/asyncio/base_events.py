# BaseEventLoop: what every pygen loop shares above the C++ core.
#
# The core (LoopCore, src/modules/asyncio/loop_core.cpp) owns the ready queue (_ready), the
# timer heap (_scheduled), the _stopping/_closed/_debug flags and _current_handle, and runs
# call_soon/call_at/call_later, time() and one iteration (_run_once), waiting in _io_wait when
# a selector loop sets it. This class adds running and stopping, futures and tasks, the
# exception handler, async generator bookkeeping, pipes and subprocess entry points (the
# concrete loop makes the transports) and the thread-less executor stubs.
# Written for pygen from asyncio's documented behaviour; CPython counterpart:
# asyncio/base_events.py.

__all__ = ('BaseEventLoop',)

import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from weakref import WeakSet
from .log import logger
from _asyncio import LoopCore

# The thresholds loop_core.cpp uses to purge cancelled timers from the heap: at least this
# many timers, of which at least this share are cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest single wait for a timer, in seconds (one day, as CPython caps select()).
MAXIMUM_SELECT_TIMEOUT = 86400


def _run_until_complete_cb(fut):
    # SystemExit and KeyboardInterrupt leave the loop by propagating; anything else ends
    # run_until_complete by stopping the loop.
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return
    futures._get_loop(fut).stop()


def _clock_resolution():
    try:
        return time.get_clock_info('monotonic').resolution
    except Exception:
        return 1e-09


class BaseEventLoop(LoopCore, events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = self._stopping = self._debug = False
        self._current_handle = None
        self._clock_resolution = _clock_resolution()
        self.slow_callback_duration = 0.1
        self._thread_id = None          # set (to 1: no threads) while run_forever() runs
        self._task_factory = None
        self._exception_handler = None
        self._default_executor = None
        self._origin_tracking = False   # coroutine origin tracking switched on by debug mode
        self._origin_depth_before = None
        self._asyncgens = WeakSet()     # async generators first iterated under this loop
        self._agens_shut_down = False
        self._executor_shut_down = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- futures and tasks ----

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        # A factory is called as in 3.11: context only when one was given.
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- state checks ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    # ---- async generators ----

    def _asyncgen_firstiter_hook(self, agen):
        if self._agens_shut_down:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # A generator collected while suspended: close it in a task of its own.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every async generator still suspended under this loop."""
        self._agens_shut_down = True
        pending = list(self._asyncgens)
        if not pending:
            return
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[agen.aclose() for agen in pending],
                                      return_exceptions=True)
        for agen, outcome in zip(pending, outcomes):
            if not isinstance(outcome, Exception):
                continue
            self.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': outcome,
                'asyncgen': agen,
            })

    # ---- executors: pygen has no threads; a ThreadPoolExecutor's work runs from a loop
    # callback soon after it is submitted (see futures.wrap_future) ----

    def _default_pool(self):
        # The loop's own ThreadPoolExecutor, made on first use.
        if self._executor_shut_down:
            raise RuntimeError('Executor shutdown has been called')
        if not self._default_executor:
            from concurrent.futures import ThreadPoolExecutor
            self._default_executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        return self._default_executor

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        pool = self._default_pool() if executor is None else executor
        return futures.wrap_future(pool.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        pool = executor
        if not isinstance(pool, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = pool

    async def shutdown_default_executor(self):
        """Shut the default executor down, running the work still queued in it."""
        self._executor_shut_down = True
        pool, self._default_executor = self._default_executor, None
        if pool is not None:
            pool.shutdown(wait=True)

    # ---- pipes and subprocesses (the concrete loop makes the transports) ----

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        raise NotImplementedError

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        raise NotImplementedError

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        raise NotImplementedError

    async def _connect_pipe(self, make_transport, protocol_factory, pipe):
        protocol = protocol_factory()
        connected = self.create_future()
        transport = make_transport(pipe, protocol, connected)
        try:
            await connected
        except:
            transport.close()
            raise
        return transport, protocol

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Wrap the read end of a pipe (a file object) in a read transport."""
        return await self._connect_pipe(self._make_read_pipe_transport, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Wrap the write end of a pipe (a file object) in a write transport."""
        return await self._connect_pipe(self._make_write_pipe_transport, protocol_factory, pipe)

    @staticmethod
    def _refuse_text_options(shell_expected, shell, universal_newlines, bufsize, text,
                             encoding, errors):
        # asyncio subprocesses speak bytes through the protocol: no text-mode Popen options.
        checks = (('universal_newlines must be False', universal_newlines),
                  (f'shell must be {shell_expected}', bool(shell) != shell_expected),
                  ('bufsize must be 0', bufsize != 0),
                  ('text must be False', text),
                  ('encoding must be None', encoding is not None),
                  ('errors must be None', errors is not None))
        for message, failed in checks:
            if failed:
                raise ValueError(message)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                               universal_newlines=False, shell=True, bufsize=0, encoding=None,
                               errors=None, text=None, **kwargs):
        """Run cmd through the shell; returns (SubprocessTransport, protocol)."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError("cmd must be a string")
        self._refuse_text_options(True, shell, universal_newlines, bufsize, text, encoding,
                                  errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, cmd, True, stdin, stdout,
                                                          stderr, bufsize, **kwargs)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
                              stderr=-1, universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        """Run program with args; returns (SubprocessTransport, protocol)."""
        self._refuse_text_options(False, shell, universal_newlines, bufsize, text, encoding,
                                  errors)
        protocol = protocol_factory()
        argv = (program, *args)
        transport = await self._make_subprocess_transport(protocol, argv, False, stdin, stdout,
                                                          stderr, bufsize, **kwargs)
        return transport, protocol

    # ---- running ----

    def _claim_thread(self):
        # While running: this loop is the thread's running loop and owns the async-generator
        # hooks (so that it can finalize the generators it iterated).
        self._thread_id = 1
        hooks = dict(firstiter=self._asyncgen_firstiter_hook,
                     finalizer=self._asyncgen_finalizer_hook)
        sys.set_asyncgen_hooks(**hooks)
        events._set_running_loop(self)

    def _release_thread(self, previous_hooks):
        self._stopping = False
        self._thread_id = None
        events._set_running_loop(None)
        self._set_coroutine_origin_tracking(False)
        sys.set_asyncgen_hooks(*previous_hooks)

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        previous_hooks = sys.get_asyncgen_hooks()
        try:
            self._claim_thread()
            step = self._run_once
            # At least one iteration, even when stop() came first.
            while True:
                step()
                if self._stopping:
                    break
        finally:
            self._release_thread(previous_hooks)

    def run_until_complete(self, future):
        """Run until the future (or coroutine/awaitable, wrapped in a Task) is done."""
        self._check_closed()
        self._check_running()
        ours = not futures.isfuture(future)
        awaited = tasks.ensure_future(future, loop=self)
        if ours:
            # Our own task: if it is left pending, that is reported below, not at its death.
            awaited._log_destroy_pending = False
        awaited.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if ours and awaited.done() and not awaited.cancelled():
                # Its exception is propagating right now: not "never retrieved".
                awaited.exception()
            raise
        finally:
            awaited.remove_done_callback(_run_until_complete_cb)
        if not awaited.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return awaited.result()

    def stop(self):
        """Stop after the current iteration of callbacks."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        for queue in (self._ready, self._scheduled):
            queue.clear()
        self._executor_shut_down = True
        pool, self._default_executor = self._default_executor, None
        if pool is not None:
            pool.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        return self._call_soon(callback, args, context)

    # ---- debug mode ----

    def _set_coroutine_origin_tracking(self, enabled):
        enabled = bool(enabled)
        if enabled == self._origin_tracking:
            return
        if enabled:
            self._origin_depth_before = sys.get_coroutine_origin_tracking_depth()
            sys.set_coroutine_origin_tracking_depth(10)
        else:
            sys.set_coroutine_origin_tracking_depth(self._origin_depth_before)
        self._origin_tracking = enabled

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        if self.is_running():
            # Applied from inside the loop, like any other change made while it runs.
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking, enabled)

    # ---- errors ----

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context: the message, then 'key: value' lines (sorted), then the
        exception's traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key == 'source_traceback':
                import traceback
                value = ('Object created at (most recent call last):\n'
                         + ''.join(traceback.format_list(value)).rstrip())
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        failure = context.get('exception')
        exc_info = False if failure is None else (type(failure), failure, failure.__traceback__)
        logger.error('\n'.join(lines), exc_info=exc_info)

    def _log_quietly(self, context, failure_note):
        # The default handler must not let an error escape into the loop.
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            logger.error(failure_note, exc_info=True)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            self._log_quietly(context, 'Exception in default exception handler')
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._log_quietly({'message': 'Unhandled error in exception handler',
                               'exception': exc, 'context': context},
                              'Exception in default exception handler while handling an '
                              'unexpected error in custom exception handler')
