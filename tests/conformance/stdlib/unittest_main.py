# unittest.main(): runs the module's tests from sys.argv-style arguments (-v, -q, -k, -f, names),
# exit=False, its result, and the SystemExit status with exit=True.
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


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_four(self):
        pass


out = Out()
for argv in (['prog'], ['prog', '-v'], ['prog', '-q', 'Alpha.test_one', 'Beta'],
             ['prog', '-v', '-k', 'one', '-k', 'fo'], ['prog', '-v', '-f'],
             ['prog', 'Alpha.test_missing']):
    print('>>>', argv)
    prog = unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=out, verbosity=2 if '-v' in argv else (0 if '-q' in argv else 1)))
    out.flush()
    print(prog.result.testsRun, prog.result.wasSuccessful(), prog.verbosity)
try:
    unittest.main(argv=['prog', 'Beta'], testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    out.flush()
    print('exit', e.code)
try:
    unittest.main(argv=['prog', 'Alpha'], testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    out.flush()
    print('exit', e.code)
