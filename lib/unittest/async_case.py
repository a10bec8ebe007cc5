# unittest.async_case: IsolatedAsyncioTestCase. Each test gets its own asyncio.Runner (a fresh
# event loop, debug mode) and one copied contextvars.Context in which every part runs: setUp,
# asyncSetUp, the test, the teardowns and the cleanups, sync or async, so context variables set
# in one part are seen by the next. Behaviour as documented for CPython 3.11; the hooks it
# overrides (_callSetUp, _callTestMethod, ...) are TestCase's.

import asyncio
import warnings
from contextvars import copy_context
from inspect import iscoroutinefunction

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, set-ups, tear-downs and cleanups may be coroutines."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None          # an asyncio.Runner only while the test runs
        self._asyncioTestContext = copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Plain cleanups already go through _callCleanup, which awaits coroutine functions.
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager; its __aexit__ becomes an async cleanup."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        entered = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return entered

    # ---- TestCase hooks: every part in the test's context, coroutines on its loop ----

    def _runner(self):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        return runner

    def _in_context(self, func, *args, **kwargs):
        # Synchronous parts: in the test's context, outside the loop.
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _on_loop(self, func, args, kwargs):
        runner = self._runner()
        return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callAsync(self, func, /, *args, **kwargs):
        self._runner()
        assert iscoroutinefunction(func), f'{func!r} is not an async function'
        return self._on_loop(func, args, kwargs)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        self._runner()
        if iscoroutinefunction(func):
            return self._on_loop(func, args, kwargs)
        return self._in_context(func, *args, **kwargs)

    def _callSetUp(self):
        # Make the loop first, so a synchronous setUp sees it as the current event loop.
        self._runner().get_loop()
        self._in_context(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        returned = self._callMaybeAsync(method)
        if returned is not None:
            text = ('It is deprecated to return a value that is not None '
                    'from a test case (%s)' % (method,))
            warnings.warn(text, DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._in_context(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    # ---- the runner's lifetime: one per run()/debug() ----

    def _setupAsyncioRunner(self):
        previous = self._asyncioRunner
        assert previous is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        # debug() that raised leaves its runner open.
        if getattr(self, '_asyncioRunner', None) is not None:
            self._tearDownAsyncioRunner()
