# unittest's command line as argparse parses it: bundled flags, abbreviations, -k patterns,
# positionals around options, '--', discover's options and positionals, the errors (usage
# and message on stderr, status 2) and the help texts, at two terminal widths.
import contextlib
import io
import os
import unittest


class Probe(unittest.TestProgram):
    def runTests(self):
        pass

    def createTests(self, from_discovery=False, Loader=None):
        if from_discovery:
            print('  discover', self.start, self.pattern, self.top)
        else:
            print('  names', self.testNames)


def run(*args, **settings):
    print(' '.join(args) or '(none)')
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            program = Probe(module=None, argv=['python3 -m unittest'] + list(args), **settings)
    except SystemExit as exc:
        print(out.getvalue() + err.getvalue() + 'exit %s' % exc.code)
        return
    print(out.getvalue(), end='')
    print('  verbosity=%s failfast=%s catchbreak=%s buffer=%s tb_locals=%s k=%s' % (
        program.verbosity, program.failfast, program.catchbreak, program.buffer,
        program.tb_locals, program.testNamePatterns))


os.environ['COLUMNS'] = '80'
run()
run('-v', 'a', 'b')
run('a', '-v', 'b')
run('-vfcb', '--locals', 'a')
run('-q', '--verb', 'x.y')
run('-kfoo', '-k', 'b*r', 'a')
run('-k=baz', 'a')
run('--', '-v', 'a')
run('-vx')
run('--ver=3')
run('-v=')
run('-k')
run('--nope', 'a')
run('-1', 'a b')
run('-f', 'a', failfast=True)
run('discover')
run('discover', '-s', 'pkg', '-p', '*_test.py', '-t', '.')
run('discover', 'pkg', 'x*.py', 'top')
run('discover', '.', '-s', 'other')
run('discover', 'a', 'b', 'c', 'd')
run('discover', '--start-directory=sub', '-v')
run('discover', '-t')
run('-h')
run('discover', '-h')
os.environ['COLUMNS'] = '50'
run('-h')
