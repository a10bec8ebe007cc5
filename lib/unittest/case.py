# unittest.case: TestCase, which runs one test method between its fixtures and cleanups and
# reports each part's outcome, the assert* methods with CPython 3.11's failure messages, the
# skip/expectedFailure decorators and the assertRaises/assertWarns context managers.
# assertLogs lives in _log.py; difflib, pprint and re are imported only when a message needs
# them, so importing unittest stays cheap. Underscored names that CPython's own tests or
# unittest's other modules use (_Outcome, _SubTest, _callSetUp, _module_cleanups, ...) are kept.

import collections
import contextlib
import functools
import sys
import types
import warnings
from types import GenericAlias

from .util import (strclass, safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

__unittest = True

_subtest_msg_sentinel = object()     # subTest() called without a message

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raised (by skipTest() or the skip decorators) to skip the running test."""


class _ShouldStop(Exception):
    """Ends a test from inside a subTest block (failfast, or an expected failure seen)."""


class _UnexpectedSuccess(Exception):
    """Reported as the failure of a test marked expectedFailure that passed."""


# ---- reporting to results that may lack the optional hooks ----

def _warn_missing_hook(hook, consequence, stacklevel):
    # Results written for old unittest versions may lack the newer add* hooks.
    warnings.warn('TestResult has no %s method, %s' % (hook, consequence),
                  RuntimeWarning, stacklevel + 1)


def _addSkip(result, test_case, reason):
    hook = getattr(result, 'addSkip', None)
    if hook is None:
        _warn_missing_hook('addSkip', 'skips not reported', 2)
        result.addSuccess(test_case)
    else:
        hook(test_case, reason)


def _addError(result, test, exc_info):
    # An exception of the test's failureException kind is a failure; anything else an error.
    if result is None or exc_info is None:
        return
    kind = exc_info[0]
    report = result.addFailure if issubclass(kind, test.failureException) else result.addError
    report(test, exc_info)


class _PartGuard(object):
    """One part of a test (setUp, the method, tearDown, a cleanup, a subTest block).

    An exception ending the part is recorded, not propagated, so the next parts still run;
    KeyboardInterrupt alone goes through."""

    def __init__(self, outcome, test_case, in_subtest, expecting=None):
        self.outcome = outcome
        self.test_case = test_case
        self.in_subtest = in_subtest
        self.expecting = expecting    # expecting_failure to set for this part, None: leave it

    def __enter__(self):
        outcome = self.outcome
        self.earlier_success, self.earlier_expecting = outcome.success, outcome.expecting_failure
        outcome.success = True
        if self.expecting is not None:
            outcome.expecting_failure = self.expecting
        return None

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.in_subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test_case, str(exc))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, exc, tb)
            else:
                outcome.success = False
                if self.in_subtest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case,
                                              (exc_type, exc, tb))
                else:
                    _addError(outcome.result, self.test_case, (exc_type, exc, tb))
            return True
        finally:
            outcome.success = outcome.success and self.earlier_success
            if self.expecting is not None:
                outcome.expecting_failure = self.earlier_expecting
            # The traceback refers to frames that refer back to us: do not keep it here.
            exc = tb = None


class _Outcome(object):
    """What happened while one test ran; its parts report through testPartExecutor."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True              # no part failed, errored or was skipped
        self.expecting_failure = False   # set while an expectedFailure test's method runs
        self.expectedFailure = None      # the exc_info of that expected failure

    def testPartExecutor(self, test_case, subTest=False):
        return _PartGuard(self, test_case, subTest)


def _id(obj):
    return obj


def _enter_and_register(cm, add_cleanup):
    """Enter cm and register its __exit__ as a cleanup; the value of __enter__ is returned."""
    kind = type(cm)    # looked up on the type, as the with statement does
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the context manager protocol") from None
    entered = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return entered


def _push(stack, function, args, kwargs):
    stack.append((function, args, kwargs))


def _run_all_collecting(pending, on_error):
    # Pops and calls (function, args, kwargs) until none are left; failures go to on_error.
    while pending:
        function, args, kwargs = pending.pop()
        try:
            function(*args, **kwargs)
        except Exception:
            on_error(sys.exc_info())


# ---- module-level cleanups (run after tearDownModule, or after a failed setUpModule) ----

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if setUpModule fails."""
    _push(_module_cleanups, function, args, kwargs)


def enterModuleContext(cm):
    """Enter cm for the rest of the module's tests."""
    return _enter_and_register(cm, addModuleCleanup)


def doModuleCleanups():
    """Run every module cleanup; the first exception, if any, is raised afterwards."""
    failures = []
    _run_all_collecting(_module_cleanups, lambda info: failures.append(info[1]))
    if failures:
        raise failures[0]


# ---- decorators ----

def skip(reason):
    """Unconditionally skip a test (also usable bare, as @skip)."""
    def mark(item):
        if not isinstance(item, type):
            # A function is replaced, so that calling it skips even outside unittest's runner.
            @functools.wraps(item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__, item.__unittest_skip_why__ = True, reason
        return item
    used_bare = isinstance(reason, types.FunctionType)    # @skip without a reason
    if used_bare:
        target, reason = reason, ''
        return mark(target)
    return mark


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test whose failure is expected: then passing is what gets reported."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _is_subtype(expected, basetype):
    # A class derived from basetype, or a (possibly nested) tuple of such classes.
    if isinstance(expected, tuple):
        return all(_is_subtype(one, basetype) for one in expected)
    if not isinstance(expected, type):
        return False
    return issubclass(expected, basetype)


def _compiled(pattern):
    import re
    return re.compile(pattern)


_EXCEPTION_TYPES = 'an exception type or tuple of exception types'
_WARNING_TYPES = 'a warning type or tuple of warning types'


# ---- assertRaises / assertWarns ----

def _type_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)      # a tuple of types


class _BaseTestCaseContext:
    """A context manager that fails its test case with the case's message rules."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """Shared by assertRaises and assertWarns: called with a callable, or used in a with."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else _compiled(expected_regex)
        self.obj_name = None      # the callable's name, for "... not raised by f"
        self.msg = None

    def handle(self, name, args, kwargs):
        """Return self for a with-block when args is empty; else call args[0] inside self."""
        try:
            base = self._base_type
            if not _is_subtype(self.expected, base):
                raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
            if not args:
                self.msg = kwargs.pop('msg') if 'msg' in kwargs else None
                if kwargs:
                    raise TypeError('%r is an invalid keyword argument for this function'
                                    % (next(iter(kwargs)),))
                return self
            func, *rest = args
            self.obj_name = _name_or_str(func)
            with self:
                func(*rest, **kwargs)
        finally:
            # The frame would otherwise keep self (and the exception it holds) alive.
            self = None

    def _not_seen(self, verb):
        what = _type_name(self.expected)
        if self.obj_name:
            self._raiseFailure('{} {} by {}'.format(what, verb, self.obj_name))
        self._raiseFailure('{} {}'.format(what, verb))

    def _mismatch(self, text):
        self._raiseFailure('"{}" does not match "{}"'.format(self.expected_regex.pattern, text))


def _name_or_str(func):
    try:
        return func.__name__
    except AttributeError:
        return str(func)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager of assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = _EXCEPTION_TYPES

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._not_seen('not raised')
        import traceback
        traceback.clear_frames(tb)
        expected = self.expected
        if not issubclass(exc_type, expected):
            return False      # not ours: let it propagate
        exc_value.__traceback__ = None     # kept for the caller, without the frames
        self.exception = exc_value
        regex = self.expected_regex
        if regex is not None and not regex.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    __class_getitem__ = classmethod(GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager of assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = _WARNING_TYPES

    def __enter__(self):
        # A warning already shown once is suppressed by its module's registry: clear them all.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = recorder = warnings.catch_warnings(record=True)
        self.warnings = recorder.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        recorder = self.warnings_manager
        recorder.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None     # an exception in the block goes on unchanged
        regex = self.expected_regex
        wrong_text = None   # first warning of the right kind whose text did not match
        for caught in self.warnings:
            warning = caught.message
            if not isinstance(warning, self.expected):
                continue
            if regex is not None and not regex.search(str(warning)):
                if wrong_text is None:
                    wrong_text = str(warning)
                continue
            self.warning, self.filename, self.lineno = warning, caught.filename, caught.lineno
            return None
        if wrong_text is not None:
            self._mismatch(wrong_text)
        self._not_seen('not triggered')

    __class_getitem__ = classmethod(GenericAlias)


class _OrderedChainMap(collections.ChainMap):
    # Subtest parameters: outer ones first, each key once, in the order they were given.
    def __iter__(self):
        listed = set()
        for layer in self.maps:
            for key in layer:
                if key not in listed:
                    listed.add(key)
                    yield key


def _ndiff_text(first_lines, second_lines, joiner):
    import difflib
    return '\n' + joiner.join(difflib.ndiff(first_lines, second_lines))


def _pformat_lines(obj):
    import pprint
    return pprint.pformat(obj).splitlines()


def _skip_reason(test_class, method):
    """The reason the class or the method is marked skipped with, or None."""
    if not (getattr(test_class, '__unittest_skip__', False)
            or getattr(method, '__unittest_skip__', False)):
        return None
    return (getattr(test_class, '__unittest_skip_why__', '')
            or getattr(method, '__unittest_skip_why__', ''))


# ---- TestCase ----

class TestCase(object):
    """A test case: each method whose name starts with 'test' runs as one test."""

    failureException = AssertionError    # what assert* raise; a subclass may change it
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16   # strings longer than this are compared without a diff

    def __init_subclass__(cls, *a, **kw):
        # Per class, not shared through inheritance: TestSuite marks classes whose setUpClass
        # failed, and class cleanups belong to the class that added them.
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*a, **kw)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName    # read by test frameworks, keep the name
        self._outcome = None           # an _Outcome while run() is in progress
        self._testMethodDoc = 'No test'      # until the method's own docstring is known
        try:
            method = getattr(self, methodName)
        except AttributeError:
            # A TestCase made only to use its assert methods need not have runTest.
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None           # the innermost active _SubTest
        self._type_equality_funcs = {}    # type -> name or function of its assert method
        for kind, checker in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function for two objects of exactly typeobj."""
        self._type_equality_funcs.update({typeobj: function})

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added, first called)."""
        _push(self._cleanups, function, args, kwargs)

    def enterContext(self, cm):
        """Enter cm for the rest of the test; its __exit__ runs as a cleanup."""
        return _enter_and_register(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """As addCleanup, run after tearDownClass."""
        _push(cls._class_cleanups, function, args, kwargs)

    @classmethod
    def enterClassContext(cls, cm):
        """Enter cm for the rest of the class's tests."""
        return _enter_and_register(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the class's first test."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the class's last test."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((self.__class__, self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return '%s (%s.%s)' % (name, strclass(self.__class__), name)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A block whose failure is reported as its own subtest; the test then goes on."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        if enclosing is None:
            merged = _OrderedChainMap(params)
        else:
            merged = enclosing.params.new_child(params)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not outcome.success:
                result = outcome.result
                stopping = result is not None and result.failfast
                if stopping:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # The expected failure happened: the rest of the test must not run.
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    def _addExpectedFailure(self, result, exc_info):
        hook = getattr(result, 'addExpectedFailure', None)
        if hook is not None:
            hook(self, exc_info)
            return
        _warn_missing_hook('addExpectedFailure', 'reporting as passes', 1)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        hook = getattr(result, 'addUnexpectedSuccess', None)
        if hook is not None:
            hook(self)
            return
        _warn_missing_hook('addUnexpectedSuccess', 'reporting as failure', 1)
        # A real exception, so the result gets a genuine exc_info triple.
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    # The hooks IsolatedAsyncioTestCase overrides to run each part on its event loop.

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            text = ('It is deprecated to return a value that is not None '
                    'from a test case (%s)' % (method,))
            warnings.warn(text, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        """Run the test (setUp, the method, tearDown, cleanups), reporting to result."""
        finish_run = None    # stopTestRun of a result made here, called at the end
        if result is None:
            result = self.defaultTestResult()
            begin_run = getattr(result, 'startTestRun', None)
            finish_run = getattr(result, 'stopTestRun', None)
            if begin_run is not None:
                begin_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self.__class__, method)
            if reason is not None:
                _addSkip(result, self, reason)
                return result
            expecting_failure = (getattr(self, '__unittest_expecting_failure__', False)
                                 or getattr(method, '__unittest_expecting_failure__', False))
            outcome = self._outcome = _Outcome(result)
            try:
                part = outcome.testPartExecutor
                with part(self):
                    self._callSetUp()
                if outcome.success:
                    with _PartGuard(outcome, self, False, expecting_failure):
                        self._callTestMethod(method)
                    with part(self):
                        self._callTearDown()
                self.doCleanups()
                seen = outcome.expectedFailure
                if not outcome.success:
                    pass     # each failing part has been reported already
                elif not expecting_failure:
                    result.addSuccess(self)
                elif seen:
                    self._addExpectedFailure(result, seen)
                else:
                    self._addUnexpectedSuccess(result)
                return result
            finally:
                # The saved exc_info links frames back to the outcome: break the cycle.
                outcome.expectedFailure = seen = None
                outcome = self._outcome = None
        finally:
            result.stopTest(self)
            if finish_run is not None:
                finish_run()

    def doCleanups(self):
        """Run the cleanups added with addCleanup; False when one of them failed."""
        outcome = self._outcome or _Outcome()    # called outside run(): a scratch one
        pending = self._cleanups
        while pending:
            func, a, kw = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *a, **kw)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; their exc_infos are left in cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        _run_all_collecting(cls._class_cleanups, cls.tearDown_exceptions.append)

    def __call__(self, *a, **kw):
        return self.run(*a, **kw)

    def debug(self):
        """Run the test without a result, so that its first error propagates."""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self.__class__, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            func, a, kw = pending.pop()
            self._callCleanup(func, *a, **kw)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with msg."""
        raise self.failureException(msg)

    # ---- message helpers ----

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard one, the user's msg, or both (longMessage)."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        both = '%s : %s'
        try:
            return both % (standardMsg, msg)
        except UnicodeDecodeError:
            return both % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def _flunk(self, msg, standard):
        # The assertions that go through fail(), as CPython's do (a subclass may override it).
        self.fail(self._formatMessage(msg, standard))

    def _refuse(self, msg, standard):
        # The assertions that raise failureException directly.
        raise self.failureException(self._formatMessage(msg, standard))

    # ---- truth, identity, membership, type ----

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self._refuse(msg, '%s is not false' % safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._refuse(msg, '%s is not true' % safe_repr(expr))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._flunk(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._flunk(msg, '%s unexpectedly found in %s'
                        % (safe_repr(member), safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._flunk(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._flunk(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._flunk(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._flunk(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._flunk(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._flunk(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    # ---- exceptions, warnings, logs ----

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable (or the with block) raises expected_exception."""
        checker = _AssertRaisesContext(expected_exception, self)
        try:
            return checker.handle('assertRaises', args, kwargs)
        finally:
            checker = None     # it may hold the exception and, through it, this frame

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable (or the with block) warns with expected_warning."""
        checker = _AssertWarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A with-block that must log at least one message of level (INFO) on logger."""
        return _logs_context(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        """A with-block that must log nothing of level (INFO) or above on logger."""
        return _logs_context(self, logger, level, True)

    # ---- equality ----

    def _getAssertEqualityFunc(self, first, second):
        """The comparer for two objects of one exact type registered with a richer diff."""
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._refuse(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second; lists, dicts, strings... get a diff."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._refuse(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second agree to places decimals (7) or within delta."""
        if first == second:
            return     # also covers equal values that cannot be subtracted
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            self._refuse(msg, '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap)))
        places = 7 if places is None else places
        if round(gap, places) == 0:
            return
        self._refuse(msg, '%s != %s within %r places (%s difference)' % (
            safe_repr(first), safe_repr(second), places, safe_repr(gap)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second agree to places decimals (7) or within delta."""
        _one_tolerance(places, delta)
        gap = abs(first - second)
        equal = first == second
        if delta is not None:
            if not equal and gap > delta:
                return
            self._refuse(msg, '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap)))
        places = 7 if places is None else places
        if not equal and round(gap, places) != 0:
            return
        self._refuse(msg, '%s == %s within %r places'
                     % (safe_repr(first), safe_repr(second), places))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Compare two sequences item by item; the message names the first difference."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, kind, safe_repr(seq)))
        report = _describe_sequences(seq1, seq2, seq_type, kind)
        if report is None:
            return
        diff = _ndiff_text(_pformat_lines(seq1), _pformat_lines(seq2), '\n')
        self._flunk(msg, self._truncateMessage(report, diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the sets are equal; the message lists the items each lacks."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not (only_first or only_second):
            return
        lines = []
        for items, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self._flunk(msg, '\n'.join(lines))

    def _set_difference(self, left, right, which):
        try:
            return left.difference(right)
        except TypeError as exc:
            self.fail('invalid type when attempting set difference: %s' % exc)
        except AttributeError as exc:
            self.fail('%s argument does not support set difference: %s' % (which, exc))

    def assertDictEqual(self, d1, d2, msg=None):
        for ordinal, value in (('First', d1), ('Second', d2)):
            self.assertIsInstance(value, dict, ordinal + ' argument is not a dictionary')
        if d1 == d2:
            return
        summary = '%s != %s' % _common_shorten_repr(d1, d2)
        diff = _ndiff_text(_pformat_lines(d1), _pformat_lines(d2), '\n')
        self._flunk(msg, self._truncateMessage(summary, diff))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fail unless every key of subset is in dictionary with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        absent, differing = [], []
        for k, wanted in subset.items():
            if k not in dictionary:
                absent.append(safe_repr(k))
            elif wanted != dictionary[k]:
                differing.append('%s, expected: %s, actual: %s' % (
                    safe_repr(k), safe_repr(wanted), safe_repr(dictionary[k])))
        if not (absent or differing):
            return
        parts = []
        if absent:
            parts.append('Missing: ' + ','.join(absent))
        if differing:
            parts.append('Mismatched values: ' + ','.join(differing))
        self._flunk(msg, '; '.join(parts))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless both hold the same elements, the same number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            counted = (collections.Counter(first_items), collections.Counter(second_items))
        except TypeError:
            # Unhashable elements: count by equality alone.
            mismatches = _count_diff_all_purpose(first_items, second_items)
        else:
            if counted[0] == counted[1]:
                return
            mismatches = _count_diff_hashable(first_items, second_items)
        if not mismatches:
            return
        detail = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
        self._flunk(msg, self._truncateMessage('Element counts were not equal:\n', detail))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Compare two strings; a multi-line difference is shown as an ndiff."""
        for ordinal, value in (('First', first), ('Second', second)):
            self.assertIsInstance(value, str, ordinal + ' argument is not a string')
        if first == second:
            return
        threshold = self._diffThreshold
        if len(first) > threshold or len(second) > threshold:
            self._baseAssertEqual(first, second, msg)   # too long to diff quickly
        if first.strip('\r\n') == first and len(first.splitlines(keepends=True)) == 1:
            # One line without a line break: add one, so ndiff's '?' hints line up.
            first_lines, second_lines = [first + '\n'], [second + '\n']
        else:
            first_lines = first.splitlines(keepends=True)
            second_lines = second.splitlines(keepends=True)
        summary = '%s != %s' % _common_shorten_repr(first, second)
        diff = _ndiff_text(first_lines, second_lines, '')
        self._flunk(msg, self._truncateMessage(summary, diff))

    # ---- ordering ----

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._flunk(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._flunk(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._flunk(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._flunk(msg, '%s not greater than or equal to %s'
                        % (safe_repr(a), safe_repr(b)))

    # ---- regular expressions ----

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) is found in text."""
        expected_regex = _as_regex(expected_regex, empty_ok=False)
        if expected_regex.search(text) is None:
            self._refuse(msg, "Regex didn't match: %r not found in %r"
                         % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex (a pattern or its text) is found in text."""
        unexpected_regex = _as_regex(unexpected_regex, empty_ok=True)
        found = unexpected_regex.search(text)
        if found:
            self._refuse(msg, 'Regex matched: %r matches %r in %r'
                         % (text[found.start():found.end()], unexpected_regex.pattern, text))


def _logs_context(test, logger, level, no_logs):
    from ._log import _AssertLogsContext
    return _AssertLogsContext(test, logger, level, no_logs=no_logs)


def _one_tolerance(places, delta):
    if places is not None and delta is not None:
        raise TypeError("specify delta or places not both")


def _as_regex(regex, empty_ok):
    """A compiled pattern from a pattern or its str/bytes source."""
    if not isinstance(regex, (str, bytes)):
        return regex
    assert empty_ok or regex, "expected_regex must not be empty."
    return _compiled(regex)


def _item_at(seq, index):
    """(True, seq[index]) or (False, None) when the sequence cannot be indexed there."""
    try:
        return True, seq[index]
    except (TypeError, IndexError, NotImplementedError):
        return False, None


def _describe_sequences(seq1, seq2, seq_type, kind):
    """The assertSequenceEqual report for seq1 and seq2, or None when they count as equal."""
    try:
        len1 = len(seq1)
    except (TypeError, NotImplementedError):
        return 'First %s has no length.    Non-sequence?' % (kind,)
    try:
        len2 = len(seq2)
    except (TypeError, NotImplementedError):
        return 'Second %s has no length.    Non-sequence?' % (kind,)
    if seq1 == seq2:
        return None
    report = ['%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))]
    all_equal = True
    for index in range(min(len1, len2)):
        ok1, item1 = _item_at(seq1, index)
        if not ok1:
            report.append('\nUnable to index element %d of first %s\n' % (index, kind))
            all_equal = False
            break
        ok2, item2 = _item_at(seq2, index)
        if not ok2:
            report.append('\nUnable to index element %d of second %s\n' % (index, kind))
            all_equal = False
            break
        if item1 != item2:
            report.append('\nFirst differing element %d:\n%s\n%s\n'
                          % ((index,) + _common_shorten_repr(item1, item2)))
            all_equal = False
            break
    # Same items in sequences of different types (a list and a tuple) are not a failure here.
    if all_equal and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
        return None
    if len1 != len2:
        longer, which, extra_at = (seq1, 'First', len2) if len1 > len2 else (seq2, 'Second', len1)
        report.append('\n%s %s contains %d additional elements.\n'
                      % (which, kind, abs(len1 - len2)))
        ok, extra = _item_at(longer, extra_at)
        if ok:
            report.append('First extra element %d:\n%s\n' % (extra_at, safe_repr(extra)))
        else:
            report.append('Unable to index element %d of %s %s\n'
                          % (extra_at, which.lower(), kind))
    return ''.join(report)


def _deprecated_alias(method):
    """The pre-3.x spelling of method: warns, then calls it."""
    def alias(*args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(method.__name__), DeprecationWarning, 2)
        return method(*args, **kwargs)
    return alias


for _names, _target in ((('failUnlessEqual', 'assertEquals'), 'assertEqual'),
                        (('failIfEqual', 'assertNotEquals'), 'assertNotEqual'),
                        (('failUnlessAlmostEqual', 'assertAlmostEquals'), 'assertAlmostEqual'),
                        (('failIfAlmostEqual', 'assertNotAlmostEquals'), 'assertNotAlmostEqual'),
                        (('failUnless', 'assert_'), 'assertTrue'),
                        (('failUnlessRaises',), 'assertRaises'),
                        (('failIf',), 'assertFalse'),
                        (('assertRaisesRegexp',), 'assertRaisesRegex'),
                        (('assertRegexpMatches',), 'assertRegex'),
                        (('assertNotRegexpMatches',), 'assertNotRegex')):
    _shared = _deprecated_alias(TestCase.__dict__[_target])
    for _name in _names:
        setattr(TestCase, _name, _shared)
del _names, _target, _shared, _name


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional setUp and tearDown functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._func_name()

    def _func_name(self):
        return self._testFunc.__name__

    def _identity(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._identity())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._func_name())

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        described = self._description
        if described is not None:
            return described
        doc = self._testFunc.__doc__
        first = doc.split('\n')[0].strip() if doc else None
        return first or None


class _SubTest(TestCase):
    """One subTest block of a test, reported as 'test (Class.test) [msg] (k=v)'."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException   # fails as its test does

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        pieces = []
        message = self._message
        if message is not _subtest_msg_sentinel:
            pieces.append('[{}]'.format(message))
        if self.params:
            shown = ', '.join('{}={!r}'.format(key, value) for key, value in self.params.items())
            pieces.append('({})'.format(shown))
        return ' '.join(pieces) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()    # the enclosing test's

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())
