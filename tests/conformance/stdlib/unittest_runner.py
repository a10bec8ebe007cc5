# unittest: TestCase run by TextTestRunner at verbosity 1 and 2 (fixtures, cleanups, skips, expected
# failures, subtests), the assert* failure messages, TestLoader and TestSuite basics.
import sys as _sys


class _StripDir:
    """Prints paths relative to this folder, so the expected output holds wherever it runs."""

    def __init__(self, out):
        self.out = out
        self.prefix = __file__.rsplit('/', 1)[0] + '/'

    def write(self, text):
        return self.out.write(text.replace(self.prefix, ''))

    def flush(self):
        self.out.flush()


_sys.stdout = _StripDir(_sys.stdout)
import sys
import unittest


class Out:
    # Writes to stdout with the run time masked, so the output is reproducible.
    def __init__(self):
        self.buf = ''
    def write(self, s):
        self.buf += s
        while '\n' in self.buf:
            line, self.buf = self.buf.split('\n', 1)
            if line.startswith('Ran ') and ' in ' in line:
                line = line[:line.index(' in ')] + ' in T'
            sys.stdout.write(line + '\n')
    def flush(self):
        sys.stdout.write(self.buf)
        self.buf = ''


log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')


class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_pass(self):
        """Passes, with a docstring."""
        self.assertEqual(1 + 1, 2)
        self.assertTrue([1])
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(1.0, 1.00000001)
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(type(cm.exception), ZeroDivisionError)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError('boom')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual('a', 'b')

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_skip_inside(self):
        self.skipTest('runtime skip')


@unittest.skipIf(True, 'class skipped')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Messages(unittest.TestCase):
    maxDiff = None
    def check(self, fn, *args, **kw):
        try:
            fn(*args, **kw)
        except AssertionError as e:
            print('---', fn.__name__)
            print(e)
        else:
            print('---', fn.__name__, 'passed')

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2, 'extra')
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, 'x')
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 'q', 'abc')
        c(self.assertNotIn, 'a', 'abc')
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.1, delta=0.01)
        c(self.assertNotAlmostEqual, 1.0, 1.0000000001)
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertCountEqual, [1, 1, 2], [1, 2, 2])
        c(self.assertCountEqual, [[1], [2]], [[1], [3]])
        c(self.assertEqual, 'x' * 100, 'x' * 99 + 'y')
        c(self.assertEqual, 1, 2, msg=None)
        self.longMessage = False
        c(self.assertEqual, 1, 2, 'only mine')
        self.longMessage = True
        c(self.assertRaises(ValueError).__enter__().__exit__, None, None, None)
        c(self.assertRaises, ValueError, int, '5')
        try:
            with self.assertRaisesRegex(ValueError, 'abc'):
                raise ValueError('xyz')
        except AssertionError as e:
            print('regex:', e)
        with self.assertRaises(TypeError):
            self.assertRaises(5)
        try:
            with self.assertRaises(ValueError, msg='custom'):
                pass
        except AssertionError as e:
            print(e)
        self.assertRaises(ValueError, int, 'x')
        with self.assertWarns(UserWarning) as w:
            import warnings
            warnings.warn('careful', UserWarning)
        print(type(w.warning).__name__, w.warning)
        try:
            with self.assertWarns(DeprecationWarning):
                pass
        except AssertionError as e:
            print(e)


def main():
    out = Out()
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    print(suite.countTestCases())
    for verbosity in (1, 2):
        del log[:]
        suite = loader.loadTestsFromModule(sys.modules[__name__])
        result = unittest.TextTestRunner(stream=out, verbosity=verbosity).run(suite)
        out.flush()
        print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
              len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
        print(log)
    print(loader.getTestCaseNames(Basic))
    t = Basic('test_pass')
    print(t, repr(t), t.id(), t.shortDescription(), t == Basic('test_pass'), t.countTestCases())
    try:
        Basic('nope')
    except ValueError as e:
        print(e)
    s = loader.loadTestsFromName('Basic.test_fail', sys.modules[__name__])
    print(s.countTestCases(), list(s))
    r = unittest.TestResult()
    s.run(r)
    print(r, r.failures[0][1].splitlines()[-1])
    s = loader.loadTestsFromNames(['Skipped', 'Basic.test_pass'], sys.modules[__name__])
    print(s)
    try:
        unittest.TestSuite().addTest(Basic)
    except TypeError as e:
        print(e)
    ft = unittest.FunctionTestCase(lambda: None, description='fn desc')
    print(ft.shortDescription())


main()
