# unittest.suite: BaseTestSuite (a list of tests run in order) and TestSuite, which also runs the
# shared fixtures: setUpClass/tearDownClass and setUpModule/tearDownModule fire as a run moves
# from one class or module to the next, and again once at the end of the outermost suite.
# Behaviour follows CPython 3.11's documentation; _tests, _cleanup and _removeTestAtIndex are
# read by CPython's own tests and keep their names.

import sys
from contextlib import contextmanager

from . import case
from . import util

__unittest = True


class BaseTestSuite(object):
    """Tests run in the order they were added; no class or module fixtures."""

    # Drop each test after it ran so its resources can go (a big suite would keep them all).
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0      # countTestCases() of the tests dropped after running
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def _removeTestAtIndex(self, index):
        """Forget the test at index after it ran, keeping it in countTestCases()."""
        try:
            done = self._tests[index]
        except TypeError:
            return      # a subclass whose _tests cannot be indexed keeps its tests
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result, so the first error propagates."""
        for test in self:
            test.debug()


@contextmanager
def _buffered(result):
    # Fixture output is captured like a test's when the result buffers.
    start = getattr(result, '_setupStdout', None)
    if start is not None:
        start()
    try:
        yield
    finally:
        finish = getattr(result, '_restoreStdout', None)
        if finish is not None:
            finish()


def _report_fixture_error(result, exc, label, info=None):
    """Record exc, raised by a fixture, against a stand-in test named label.

    Without info this must run inside the except block (it reads sys.exc_info()).
    A SkipTest in a fixture counts as a skip when the result knows skips."""
    holder = _ErrorHolder(label)
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exc, case.SkipTest):
        add_skip(holder, str(exc))
    else:
        result.addError(holder, info if info else sys.exc_info())


def _module_of(cls):
    return None if cls is None else cls.__module__


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures around its tests."""

    def run(self, result, debug=False):
        # Only the outermost suite closes the last class and module when everything has run.
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._leave_class(test.__class__, result)
                self._enter_module(test.__class__.__module__, result)
                self._enter_class(test.__class__, result)
                result._previousTestClass = test.__class__
                # A failed setUpClass/setUpModule skips the tests that depend on it.
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if outermost:
            self._leave_class(type(None), result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    # ---- class fixtures ----

    def _enter_class(self, cls, result):
        if cls == getattr(result, '_previousTestClass', None) or result._moduleSetUpFailed:
            return
        if getattr(cls, '__unittest_skip__', False):
            return
        _mark_class(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        label = 'setUpClass (%s)' % util.strclass(cls)
        with _buffered(result):
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                _mark_class(cls, True)
                _report_fixture_error(result, exc, label)
            else:
                return
            # setUpClass failed: tearDownClass will not run, but the class cleanups must.
            cleanups = getattr(cls, 'doClassCleanups', None)
            if cleanups is not None:
                cleanups()
                for info in cls.tearDown_exceptions:
                    _report_fixture_error(result, info[1], label, info)

    def _leave_class(self, next_class, result):
        done = getattr(result, '_previousTestClass', None)
        if done is None or done == next_class:
            return
        # Nothing was set up that needs tearing down.
        if (getattr(done, '_classSetupFailed', False) or getattr(result, '_moduleSetUpFailed', False)
                or getattr(done, '__unittest_skip__', False)):
            return
        tear_down = getattr(done, 'tearDownClass', None)
        cleanups = getattr(done, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        label = 'tearDownClass (%s)' % util.strclass(done)
        debugging = isinstance(result, _DebugResult)
        with _buffered(result):
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if debugging:
                        raise
                    _report_fixture_error(result, exc, label)
            if cleanups is not None:
                cleanups()
                for info in done.tearDown_exceptions:
                    if debugging:
                        raise info[1]
                    _report_fixture_error(result, info[1], label, info)

    # ---- module fixtures ----

    def _enter_module(self, name, result):
        if name == _module_of(getattr(result, '_previousTestClass', None)):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None) if module is not None else None
        if set_up is None:
            return
        label = 'setUpModule (%s)' % name
        with _buffered(result):
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                _report_fixture_error(result, exc, label)
            if result._moduleSetUpFailed:
                # tearDownModule is skipped after a failed setUpModule; cleanups are not.
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    _report_fixture_error(result, exc, label)

    def _leave_module(self, result):
        name = _module_of(getattr(result, '_previousTestClass', None))
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        label = 'tearDownModule (%s)' % name
        debugging = isinstance(result, _DebugResult)
        with _buffered(result):
            steps = [getattr(module, 'tearDownModule', None), case.doModuleCleanups]
            for step in steps:
                if step is None:
                    continue
                try:
                    step()
                except Exception as exc:
                    if debugging:
                        raise
                    _report_fixture_error(result, exc, label)


def _mark_class(cls, failed):
    # Classes that refuse attributes (some C types) simply go unmarked.
    try:
        cls._classSetupFailed = failed
    except TypeError:
        pass


class _ErrorHolder(object):
    """The 'test' a fixture error is reported against: named after the fixture, never run."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_single_test(test):
    # Suites iterate, test cases do not: that is all a suite needs to tell them apart.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    """Stands in for a result in debug(): fixture errors propagate instead of being recorded."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
