# unittest: the test framework (TestCase, TestSuite, TestLoader, TextTestRunner, main), written
# for pygen from CPython 3.11's documentation. IsolatedAsyncioTestCase is loaded on first use so
# that importing unittest does not import asyncio.

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite',
           'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

_TextTestResult = TextTestResult


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    import warnings
    warnings.warn("unittest.getTestCaseNames() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.getTestCaseNames() instead.",
                  DeprecationWarning, stacklevel=2)
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=None):
    import warnings
    warnings.warn("unittest.makeSuite() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.loadTestsFromTestCase() instead.",
                  DeprecationWarning, stacklevel=2)
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=None):
    import warnings
    warnings.warn("unittest.findTestCases() is deprecated and will be removed in Python 3.13. "
                  "Please use unittest.TestLoader.loadTestsFromModule() instead.",
                  DeprecationWarning, stacklevel=2)
    from .util import three_way_cmp
    return _makeLoader(prefix, sortUsing or three_way_cmp, suiteClass).loadTestsFromModule(module)


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
