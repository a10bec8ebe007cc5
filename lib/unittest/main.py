# unittest.main: TestProgram, the command line of `unittest.main()` and `python -m unittest`: the
# options -v -q --locals -f -c -b -k, test names (modules, classes, methods, file paths), and
# `discover`. The options are parsed here by hand, with argparse's usage/help/error texts.
# Written for pygen from CPython 3.11's documented and observed behaviour.

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

# (flags, dest, value name or None, help)
_COMMON_OPTIONS = [
    (('-v', '--verbose'), 'verbosity', None, 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', None, 'Quiet output'),
    (('--locals',), 'tb_locals', None, 'Show local variables in tracebacks'),
    (('-f', '--failfast'), 'failfast', None, 'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak', None, 'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', None, 'Buffer stdout and stderr during tests'),
    (('-k',), 'testNamePatterns', 'TESTNAMEPATTERNS', 'Only run tests which match the given substring'),
]
_DISCOVERY_OPTIONS = [
    (('-s', '--start-directory'), 'start', 'START', "Directory to start discovery ('.' default)"),
    (('-p', '--pattern'), 'pattern', 'PATTERN', "Pattern to match tests ('test*.py' default)"),
    (('-t', '--top-level-directory'), 'top', 'TOP',
     'Top level directory of project (defaults to start directory)'),
]


def _convert_name(name):
    # A path to a .py file below the current folder names the module it holds.
    try:
        import os
    except ImportError:
        return name
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _wrap_words(words, width, indent):
    # argparse's greedy line filling of a usage line or help text.
    lines, line, line_len = [], [], len(indent) - 1
    for word in words:
        if line_len + 1 + len(word) > width and line:
            lines.append(indent + ' '.join(line))
            line, line_len = [], len(indent) - 1
        line.append(word)
        line_len += len(word) + 1
    if line:
        lines.append(indent + ' '.join(line))
    return lines


class _UsageError(Exception):
    pass


class TestProgram(object):
    """Runs the tests of a module (or named on the command line) and exits with their status."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Show deprecation warnings while testing, as python -W default would.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].replace('\\', '/').split('/')[-1]
        self.parseArgs(argv)
        self.runTests()

    # ---- Command line ----

    def _options(self, discovery):
        opts = [(('-h', '--help'), 'help', None, 'show this help message and exit')]
        opts += _COMMON_OPTIONS
        if discovery:
            opts += _DISCOVERY_OPTIONS
        return opts

    def _usage(self, prog, discovery, positional):
        parts = []
        for flags, dest, metavar, _ in self._options(discovery):
            parts.append('[%s%s]' % (flags[0], ' ' + metavar if metavar else ''))
        pos = ['[tests ...]'] if positional else []
        prefix = 'usage: '
        text_width = 78
        whole = ' '.join([prog] + parts + pos)
        if len(prefix) + len(whole) <= text_width:
            return prefix + whole + '\n'
        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            lines = _wrap_words([prog] + parts, text_width, indent)
            lines[0] = lines[0][len(indent):]
            lines.extend(_wrap_words(pos, text_width, indent))
        else:
            indent = ' ' * len(prefix)
            lines = [prog] + _wrap_words(parts + pos, text_width, indent)
        return prefix + '\n'.join(lines) + '\n'

    def _help(self, prog, discovery, positional):
        out = [self._usage(prog, discovery, positional), '\n']
        rows = []
        for flags, dest, metavar, text in self._options(discovery):
            if metavar:
                inv = ', '.join('%s %s' % (f, metavar) for f in flags)
            else:
                inv = ', '.join(flags)
            rows.append((inv, text))
        inv_width = max(len(inv) for inv, _ in rows)
        if positional:
            inv_width = max(inv_width, len('tests'))
        col = min(inv_width + 4, 24)   # argparse: max_help_position 24
        help_width = 78 - col

        def row(inv, text):
            lines = _wrap_words(text.split(), help_width, '')
            if len(inv) + 2 <= col - 2:
                res = ['  %-*s%s\n' % (col - 2, inv, lines[0])]
            else:
                res = ['  %s\n' % inv, ' ' * col + lines[0] + '\n']
            res += [' ' * col + line + '\n' for line in lines[1:]]
            return ''.join(res)

        if positional:
            out.append('positional arguments:\n')
            out.append(row('tests', 'a list of any number of test modules, classes and test methods.'))
            out.append('\n')
        out.append('options:\n')
        for inv, text in rows:
            out.append(row(inv, text))
        if discovery:
            out.append('\nFor test discovery all test modules must be importable from the top level\n'
                       'directory of the project.\n')
        elif self.module is None:
            out.append('\n' + MODULE_EXAMPLES % {'prog': prog} + '\n')
        else:
            out.append('\n' + MAIN_EXAMPLES % {'prog': prog} + '\n')
        return ''.join(out)

    def _parse(self, args, discovery, positional, prog):
        """Fill in the options from args; returns the positional arguments."""
        opts = self._options(discovery)
        rest = []
        unknown = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or not arg.startswith('-') or arg == '-':
                rest.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            value = None
            name = arg
            if arg.startswith('--') and '=' in arg:
                name, value = arg.split('=', 1)
            elif not arg.startswith('--') and len(arg) > 2:
                name, value = arg[:2], arg[2:]
            match = None
            for opt in opts:
                flags = opt[0]
                if name in flags or (name.startswith('--') and len(name) > 2 and
                                     [f for f in flags if f.startswith(name)] and
                                     len([o for o in opts for f in o[0] if f.startswith(name)]) == 1):
                    match = opt
                    break
            if match is None:
                unknown.append(arg)
                continue
            flags, dest, metavar, _ = match
            if metavar is None and value is not None:
                if name.startswith('--'):
                    raise _UsageError('argument %s: ignored explicit argument %r'
                                      % ('/'.join(flags), value))
                # Bundled short flags such as -vf.
                args[i:i] = ['-' + value]
                value = None
            if dest == 'help':
                sys.stdout.write(self._help(prog, discovery, positional))
                sys.exit(0)
            if metavar is not None:
                if value is None:
                    if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                        raise _UsageError('argument %s: expected one argument' % '/'.join(flags))
                    value = args[i]
                    i += 1
                if dest == 'testNamePatterns':
                    if self.testNamePatterns is None:
                        self.testNamePatterns = []
                    self.testNamePatterns.append(_convert_select_pattern(value))
                else:
                    setattr(self, dest, value)
            elif name in ('-v', '--verbose'):
                self.verbosity = 2
            elif name in ('-q', '--quiet'):
                self.verbosity = 0
            else:
                if getattr(self, dest) is None or dest == 'tb_locals':
                    setattr(self, dest, True)
        if unknown or (rest and not positional):
            raise _UsageError('unrecognized arguments: %s' % ' '.join(unknown + rest))
        return rest

    def _fail(self, prog, discovery, positional, message):
        sys.stderr.write(self._usage(prog, discovery, positional))
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        args = list(argv[1:])
        if self.module is None and args and args[0].lower() == 'discover':
            prog = '%s discover' % self.progName
            self.start = self.pattern = self.top = None
            try:
                rest = self._parse(args[1:], True, True, prog)
            except _UsageError as e:
                self._fail(prog, True, False, str(e))
            # start, pattern and top may also come as positional arguments.
            if len(rest) > 3:
                self._fail(prog, True, False, 'unrecognized arguments: %s' % ' '.join(rest[3:]))
            for name, value in zip(('start', 'pattern', 'top'), rest):
                setattr(self, name, value)
            self._do_discovery()
            return
        try:
            rest = self._parse(args, False, True, self.progName)
        except _UsageError as e:
            self._fail(self.progName, False, True, str(e))
        if rest:
            self.testNames = _convert_names(rest)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            if self.module is None:
                self.start = self.pattern = self.top = None
                self._do_discovery()
                return
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, from_discovery=False, Loader=None):
        self.start = self.start or '.'
        self.pattern = self.pattern or 'test*.py'
        loader = self.testLoader if Loader is None else Loader()
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        self.test = loader.discover(self.start, self.pattern, self.top)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            self._do_discovery()
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                 buffer=self.buffer, warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # a runner that does not take tb_locals
                    testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                                 buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
