"""Utilities for with-statement contexts: contextmanager/asynccontextmanager (generators as
context managers, with CPython 3.11's rules for exceptions thrown into them), ExitStack and
AsyncExitStack, and the small managers suppress, closing, aclosing, nullcontext,
redirect_stdout/redirect_stderr and chdir."""

import abc
import sys
from collections import abc as _collections_abc
from functools import wraps
from types import MethodType, GenericAlias

_generic_alias = classmethod(GenericAlias)     # Manager[T] in annotations
_NO_EXCEPTION = (None, None, None)

__all__ = ['contextmanager', 'asynccontextmanager', 'ExitStack', 'AsyncExitStack', 'suppress', 'closing',
           'aclosing', 'nullcontext', 'redirect_stdout', 'redirect_stderr', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'ContextDecorator', 'AsyncContextDecorator', 'chdir']


# ---- the abstract bases ----

class AbstractContextManager(abc.ABC):
    """Base of context managers: __enter__ returns self, __exit__ must be written."""

    __class_getitem__ = _generic_alias

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Any class with both methods counts, whether it inherits from us or not.
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, '__enter__', '__exit__')


class AbstractAsyncContextManager(abc.ABC):
    """Base of asynchronous context managers: __aenter__ returns self, __aexit__ must be written."""

    __class_getitem__ = _generic_alias

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, '__aenter__', '__aexit__')


class ContextDecorator:
    """Lets a context manager decorate a function: each call runs inside a with-block."""

    def _recreate_cm(self):
        # A manager usable once only returns a fresh copy here (see _GeneratorContextManager).
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            manager = self._recreate_cm()
            with manager:
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """As ContextDecorator, for asynchronous managers decorating coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            manager = self._recreate_cm()
            async with manager:
                return await func(*args, **kwds)
        return inner


# ---- generator-based managers ----

def _verdict(raised, sent, tb, finished_kind, wrapped_kinds):
    """What __exit__ returns after throwing sent into the generator, which raised raised.

    True: the generator swallowed the exception (suppress it). False: the exception we sent came
    back out (let the with statement re-raise it, with its original traceback). None: something
    else went wrong, which the caller re-raises as it is."""
    if isinstance(raised, finished_kind):
        # The generator returned; a StopIteration we sent ourselves is not "returned".
        return raised is not sent
    if raised is sent:
        raised.__traceback__ = tb
        return False
    # PEP 479 turned the StopIteration we sent into a RuntimeError: still ours.
    if isinstance(raised, RuntimeError) and isinstance(sent, wrapped_kinds) \
            and raised.__cause__ is sent:
        sent.__traceback__ = tb
        return False
    return None


class _GeneratorContextManagerBase:
    """The generator and how to make it again (for use as a decorator)."""

    def __init__(self, func, args, kwds):
        generator = func(*args, **kwds)
        self.gen = generator
        self.func = func
        self.args = args
        self.kwds = kwds
        # Show the decorated function's documentation (help() on the manager).
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Only the decorator use needs these; dropping them frees the arguments early.
        del self.func, self.args, self.kwds


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()     # an exception given by its class alone
        generator = self.gen
        try:
            generator.throw(typ, value, traceback)
        except BaseException as raised:
            decided = _verdict(raised, value, traceback, StopIteration, StopIteration)
            if decided is None:
                raise
            return decided
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        generator = self.gen
        try:
            await generator.athrow(typ, value, traceback)
        except BaseException as raised:
            decided = _verdict(raised, value, traceback, StopAsyncIteration,
                               (StopIteration, StopAsyncIteration))
            if decided is None:
                raise
            return decided
        raise RuntimeError("generator didn't stop after athrow()")


def _factory(func, manager_class):
    # A function with func's name and signature that makes a manager around a new generator.
    @wraps(func)
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return helper


def contextmanager(func):
    """Make a generator function (yielding once) into a context manager factory."""
    return _factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """Make an async generator function (yielding once) into an async context manager factory."""
    return _factory(func, _AsyncGeneratorContextManager)


# ---- small managers ----

class closing(AbstractContextManager):
    """Call thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; with-block (or async with) gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result     # what entering gives

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Point sys.<_stream> at another file for the block; reentrant (a stack of old ones)."""

    _stream = None     # the sys attribute a subclass redirects

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file for the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file for the block."""
    _stream = 'stderr'


class chdir(AbstractContextManager):
    """Change the working directory on entry and restore it on exit. Reentrant: each
    entry remembers the directory it left, restored by the matching exit."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        left = os.getcwd()
        self._old_cwd.append(left)
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ---- exit stacks ----

def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Make old_exc the context of new_exc, as if the exits had been nested with-blocks.

    Walks new_exc's context chain to the link that points at what the frame was already
    handling (frame_exc) and splices old_exc in there."""
    link = new_exc
    while True:
        context = link.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        link = context
    link.__context__ = old_exc


def _take_over(exc_details, frame_exc):
    """The exception an exit callback just raised, as exc_details, chained to the previous one.

    Must be called in the except block handling it."""
    raised_details = sys.exc_info()
    _fix_exception_context(raised_details[1], exc_details[1], frame_exc)
    return raised_details


def _bound_exit(cm, cm_exit):
    # The exit method bound to its manager: tests find the manager as its __self__.
    return MethodType(cm_exit, cm)


class _BaseExitStack:
    """The callbacks to run on exit, newest first; (is_sync, callable) pairs."""

    _create_exit_wrapper = staticmethod(_bound_exit)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of the same type (this one is left empty)."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Add a context manager's __exit__ (not entering it) or an exit-like callable."""
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._push_exit_callback(exit)    # a plain callable with __exit__'s signature
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter cm and schedule its exit; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the context manager protocol") from None
        entered = enter(cm)
        self._push_cm_exit(cm, leave)
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds), which cannot suppress exceptions."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback     # lets the callback be found (and unwrapped)
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks += [(is_sync, callback)]


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs the registered exits in reverse order, as nested with-blocks would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        # The frames of this method and the source lines of the callback call and of the
        # re-raise show in tracebacks (CPython's tests check them): keep them in this method.
        block_raised = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]       # what the caller was already handling
        swallowed = pending_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            _is_sync, cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    # Suppressed: later exits see a clean exit, as nested with-blocks would.
                    swallowed, pending_raise = True, False
                    exc_details = _NO_EXCEPTION
            except:
                exc_details = _take_over(exc_details, frame_exc)
                pending_raise = True
        if pending_raise:
            # Raising sets __context__ to what is being handled here: put the chain back.
            kept_context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = kept_context
                raise
        return block_raised and swallowed

    def close(self):
        """Run the exits now, as if the with-block had ended normally."""
        self.__exit__(*_NO_EXCEPTION)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """An ExitStack that also takes asynchronous managers and callbacks."""

    _create_async_exit_wrapper = staticmethod(_bound_exit)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter an asynchronous manager and schedule its __aexit__."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        entered = await enter(cm)
        self._push_async_cm_exit(cm, leave)
        return entered

    def push_async_exit(self, exit):
        """As push(), for an asynchronous manager's __aexit__ or a coroutine function."""
        method = getattr(type(exit), '__aexit__', None)
        if method is None:
            self._push_exit_callback(exit, is_sync=False)
        else:
            self._push_async_cm_exit(exit, method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule await callback(*args, **kwds)."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run the exits now, as if the async with-block had ended normally."""
        await self.__aexit__(*_NO_EXCEPTION)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        # As ExitStack.__exit__, awaiting the asynchronous exits.
        block_raised = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        swallowed = pending_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)   # an asynchronous exit
                if cb_suppress:
                    swallowed, pending_raise = True, False
                    exc_details = _NO_EXCEPTION
            except:
                exc_details = _take_over(exc_details, frame_exc)
                pending_raise = True
        if pending_raise:
            kept_context = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = kept_context
                raise
        return block_raised and swallowed
