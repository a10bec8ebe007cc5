# unittest.result: TestResult, the record of a run: failures and errors with their traceback
# text (unittest's own frames cut out), skips, expected failures, unexpected successes.
# With buffer=True each test's stdout/stderr go to StringIO objects and are shown only when
# the test fails. Behaviour as documented for CPython 3.11; the underscored attributes that
# CPython's test_unittest reads (_original_stdout, _stdout_buffer, ...) keep their names.

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _stop_if_failfast(result):
    # A result made by a user's class may not have the attribute.
    if getattr(result, 'failfast', False):
        result.stop()


def failfast(method):
    """Make an add* method stop the run first when the result's failfast flag is set."""
    @wraps(method)
    def stopping(self, *a, **kw):
        _stop_if_failfast(self)
        return method(self, *a, **kw)
    return stopping


def _section(template, text):
    """One Stdout:/Stderr: block of a buffered test's output ('' when it printed nothing)."""
    if not text:
        return ''
    return template % (text if text.endswith('\n') else text + '\n')


def _exception_chain(value, tb):
    """(exception, traceback) for value and every cause/context it leads to, each once."""
    pending = [(value, tb)]
    seen = {id(value)}
    while pending:
        exc, exc_tb = pending.pop()
        yield exc, exc_tb
        if exc is None:
            continue
        for linked in (exc.__cause__, exc.__context__):
            if linked is not None and id(linked) not in seen:
                seen.add(id(linked))
                pending.append((linked, linked.__traceback__))


class TestResult(object):
    """What happened in a run. Runners call the start*/stop*/add* hooks; users read the lists."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # stream/descriptions/verbosity are for subclasses that print (TextTestResult).
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.shouldStop = self.failfast = False
        self.buffer = self.tb_locals = False
        # Made on the first buffered test, then reused (emptied) for every later one.
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False    # the running test failed: echo what it printed

    # ---- run and test boundaries ----

    def startTestRun(self):
        """Hook run by the runner before the first test."""

    def stopTestRun(self):
        """Hook run by the runner after the last test."""

    def printErrors(self):
        """Hook for printing results; TestResult prints nothing."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            shown = ((STDOUT_LINE, sys.stdout.getvalue(), self._original_stdout),
                     (STDERR_LINE, sys.stderr.getvalue(), self._original_stderr))
            for template, text, dest in shown:
                if text:
                    dest.write(_section(template, text))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    # ---- outcomes ----

    def _record(self, bucket, test, err):
        bucket.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        _stop_if_failfast(self)
        failed = issubclass(err[0], test.failureException)
        text = self._exc_info_to_string(err, test)
        (self.failures if failed else self.errors).append((subtest, text))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """Hook: successes are only counted (testsRun)."""

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly succeeded."""
        if self.failures or self.errors:
            return False
        # A subclass may never have set the list up.
        return not getattr(self, 'unexpectedSuccesses', None)

    def stop(self):
        self.shouldStop = True

    # ---- traceback text ----

    def _exc_info_to_string(self, err, test):
        """The report text for err: its traceback (trimmed) plus any buffered output."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        report = traceback.TracebackException(exctype, value, tb,
                                              capture_locals=self.tb_locals, compact=True)
        pieces = list(report.format())
        if self.buffer:
            pieces.append(_section(STDOUT_LINE, sys.stdout.getvalue()))
            pieces.append(_section(STDERR_LINE, sys.stderr.getvalue()))
        return ''.join(pieces)

    def _clean_tracebacks(self, exctype, value, tb, test):
        """Trim unittest's frames from tb and from every chained exception's traceback.

        Returns the trimmed tb; chained exceptions get theirs written back to __traceback__.
        Frames of modules that set __unittest are the runner's (leading) or an assert method's
        (trailing, only cut for failures, where the assert line is what matters).
        """
        trimmed_top = None
        for position, (exc, exc_tb) in enumerate(_exception_chain(value, tb)):
            while exc_tb and self._is_relevant_tb_level(exc_tb):
                exc_tb = exc_tb.tb_next
            kind = exctype if position == 0 else type(exc)
            if kind is test.failureException:
                self._cut_assert_frames(exc_tb)
            if position == 0:
                trimmed_top = exc_tb
            else:
                exc.__traceback__ = exc_tb
        return trimmed_top

    def _is_relevant_tb_level(self, tb):
        # True for frames of unittest itself (any module defining __unittest).
        return '__unittest' in tb.tb_frame.f_globals

    def _cut_assert_frames(self, tb):
        last_user_frame = None
        while tb and not self._is_relevant_tb_level(tb):
            last_user_frame, tb = tb, tb.tb_next
        if last_user_frame is not None:
            last_user_frame.tb_next = None

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
