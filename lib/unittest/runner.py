# unittest.runner: the console front end. TextTestResult prints progress as tests finish (one
# letter each at verbosity 1, "name ... word" lines at 2); TextTestRunner runs a suite under a
# warnings filter, then prints the ERROR/FAIL sections and the "Ran N tests" summary.
# The output is CPython 3.11's, character for character, since tools parse it.

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True

_ALIAS_WARNING = 'Please use assert\\w+ instead.'


class _WritelnDecorator(object):
    """Wraps a stream, adding writeln(); everything else is the stream's own."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # 'stream' only gets here before __init__ ran (copy/pickle): never recurse into it.
        if name in ('stream', '__getstate__'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports each outcome on a stream as it happens."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll = verbosity >= 2
        self.dots = verbosity == 1
        self._newline = True      # False while a "name ... " line waits for its word

    def getDescription(self, test):
        name = str(test)
        summary = test.shortDescription()
        return name + '\n' + summary if self.descriptions and summary else name

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # A subtest's outcome gets a line of its own, indented under its test's.
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            self.stream.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, word, letter):
        """Report one outcome: word at verbosity 2, letter at verbosity 1."""
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, 'FAIL', 'F')
            else:
                self._progress(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, 'skipped %r' % (reason,), 's')

    # In 3.11 these two words go straight after "... " without the subtest handling.
    def _plain_progress(self, word, letter):
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(letter)
        else:
            return
        self.stream.flush()

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._plain_progress('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._plain_progress('unexpected success', 'u')

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            out.writeln()
            out.flush()
        for flavour, found in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, found)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln('%s: %s' % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln('%s' % (text,))
            out.flush()


def _summary(res):
    """('OK' or 'FAILED', [counts...]) for the last line of a run."""
    counts = []
    if res.wasSuccessful():
        verdict = 'OK'
    else:
        verdict = 'FAILED'
        for label, found in (('failures', res.failures), ('errors', res.errors)):
            if found:
                counts.append('%s=%d' % (label, len(found)))
    # A result class of the user's may lack the optional lists: count them as empty.
    try:
        optional = [('skipped', len(res.skipped)),
                    ('expected failures', len(res.expectedFailures)),
                    ('unexpected successes', len(res.unexpectedSuccesses))]
    except AttributeError:
        optional = []
    counts.extend('%s=%d' % pair for pair in optional if pair[1])
    return verdict, counts


class TextTestRunner(object):
    """Runs tests and reports on a stream (sys.stderr unless told otherwise)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass   # else the class attribute

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def _install_warning_filters(self):
        if not self.warnings:
            return
        warnings.simplefilter(action=self.warnings)
        # The deprecated assertEquals-style aliases warn once per module, not on every call.
        if self.warnings in ('default', 'always'):
            warnings.filterwarnings('module', _ALIAS_WARNING, DeprecationWarning)

    def run(self, test):
        """Run test, print errors and a summary, and return the result object."""
        res = self._makeResult()
        registerResult(res)
        res.failfast, res.buffer, res.tb_locals = self.failfast, self.buffer, self.tb_locals
        with warnings.catch_warnings(record=False):
            self._install_warning_filters()
            began = time.perf_counter()
            hook = getattr(res, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(res)
            finally:
                hook = getattr(res, 'stopTestRun', None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - began
        res.printErrors()
        out = self.stream
        if hasattr(res, 'separator2'):
            out.writeln(res.separator2)
        count = res.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', elapsed))
        out.writeln()
        verdict, counts = _summary(res)
        out.write(verdict)
        out.write(' (%s)\n' % ', '.join(counts) if counts else '\n')
        out.flush()
        return res
