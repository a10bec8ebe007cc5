# doctest: parsing (prompts, directives, expected tracebacks, errors), the finder over a module
# (functions, classes, methods, properties, __test__), runner reports (failures, unexpected
# exceptions, ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, diff flags,
# REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, SKIP), summaries, DocTestSuite under unittest,
# script_from_examples. The tested module lives in a fake file registered in linecache.
import doctest, linecache, sys, types, unittest, io, re

class _HideDoctestFrames:
    # tracebacks of unexpected exceptions show doctest's own frame, whose file differs
    # between interpreters: that frame (two lines) is left out
    def __init__(self, out):
        self.out, self.pending, self.skip_next = out, "", False
        self.encoding = "utf-8"
    def write(self, text):
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            if self.skip_next:
                self.skip_next = False
                continue
            if re.search(r'File "(.*doctest\.py|<frozen doctest>)", line', line):
                self.skip_next = True
                continue
            self.out.write(line + "\n")
    def flush(self):
        self.out.flush()
sys.stdout = _HideDoctestFrames(sys.stdout)

SRC = '''
"""Module docstring.

>>> 1 + 1
2
"""

def good(x):
    """
    >>> good(2)
    4
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    """
    return x * x

def bad():
    """
    >>> bad()
    'expected'
    >>> raise ValueError("boom")
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> print("line1\\\\nline2\\\\nline3\\\\nline4")  # doctest: +REPORT_NDIFF
    line1
    lineTWO
    line3
    line4
    >>> this_is_skipped  # doctest: +SKIP
    """
    return "actual"

class Thing:
    """
    >>> Thing().value
    3
    """
    value = 3

    def method(self):
        """
        >>> Thing().method()
        'm'
        """
        return 'm'

    @property
    def prop(self):
        """
        >>> Thing().prop
        'p'
        """
        return 'p'

__test__ = {"extra": """
>>> print("from __test__")
from __test__
"""}
'''
linecache.cache["fake_mod.py"] = (len(SRC), None, SRC.splitlines(True), "fake_mod.py")
mod = types.ModuleType("fake_mod")
mod.__file__ = "fake_mod.py"
exec(compile(SRC, "fake_mod.py", "exec"), mod.__dict__)
sys.modules["fake_mod"] = mod

tests = doctest.DocTestFinder().find(mod)
print([(t.name, len(t.examples), t.lineno) for t in tests])
print(repr(tests[0]), tests[0] == tests[0], tests[0] < tests[1])
result = doctest.testmod(mod)
print(result)
print(doctest.testmod(mod, verbose=False, report=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.testmod(mod, report=False, optionflags=doctest.FAIL_FAST))

parser = doctest.DocTestParser()
pieces = parser.parse("text\n  >>> x = 1\n  >>> x\n  1\n  >>> raise KeyError('k')\n  Traceback (most recent call last):\n  KeyError: 'k'\n\n  after\n")
print([p if isinstance(p, str) else (p.source, p.want, p.exc_msg, p.lineno, p.indent) for p in pieces])
for bad in [">>>x", ">>> x\n... y\n   z", ">>> x  # doctest: +NOPE", "# doctest: +ELLIPSIS\n>>> # doctest: +ELLIPSIS"]:
    try:
        parser.get_examples(bad, "snippet")
    except ValueError as e:
        print("ValueError", e)
checker = doctest.OutputChecker()
print(checker.check_output("1\n", "True\n", 0), checker.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
      checker.check_output("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS))
ex = doctest.Example("print(1)", "1\n2\n3\n4\n")
for flags in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF]:
    print(checker.output_difference(ex, "1\n2\nX\n4\n", flags), end="")
print(checker.output_difference(doctest.Example("x", ""), "", 0), end="")

runner = doctest.DocTestRunner(verbose=True)
t = parser.get_doctest(">>> 2 + 2\n4\n>>> None\n", {}, "verbose_test", "v.txt", 0)
runner.run(t)
print(runner.summarize(verbose=True))
try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1\n2\n", {}, "dbg", "d.txt", 0))
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.example.want, f.got, str(f))
try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1/0\n", {}, "dbg2", "d.txt", 0))
except doctest.UnexpectedException as u:
    print("UnexpectedException", u.exc_info[0].__name__)

suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), [repr(case) for case in suite][:2], [case.id() for case in suite][:2])
stream = io.StringIO()
outcome = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(outcome.testsRun, len(outcome.failures), len(outcome.errors))
print(outcome.failures[0][1].splitlines()[-12:])
print(doctest.script_from_examples("Intro text\n>>> x = 1\n>>> x\n1\nOutro"), end="")
print(doctest.testsource(mod, "fake_mod.good"), end="")
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print("ValueError", e.args)
print(doctest.register_optionflag("MY_FLAG") == doctest.register_optionflag("MY_FLAG"), sorted(doctest.OPTIONFLAGS_BY_NAME)[:3])
sys.stdout.write(sys.stdout.pending)
