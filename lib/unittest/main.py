# unittest.main: TestProgram, the command line of unittest.main() and `python -m unittest`:
# -v -q --locals -f -c -b -k, test names (modules, classes, methods, file paths) and
# `discover` with -s -p -t. The options are parsed by a small parser of our own (_CommandLine)
# that follows argparse's rules and prints argparse's usage, help and error texts, so importing
# unittest does not import argparse. CPython 3.11's hooks (_initArgParsers, _do_discovery,
# _main_parser, _discovery_parser, usageExit) keep their names: CPython's tests call them.

import os
import re
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

def _examples(rows):
    """The help's example block: one line per (arguments, what they do); None continues."""
    lines = ['Examples:']
    for args, what in rows:
        if args is None:
            lines.append(' ' * 39 + what)
        else:
            lines.append('  %(prog)s ' + args.ljust(26) + '- ' + what)
    return '\n'.join(lines) + '\n'


# Shown after the help of unittest.main() (MODULE_) and of python -m unittest (MAIN_).
MODULE_EXAMPLES = _examples([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods"),
    (None, 'in MyTestCase'),
])
MAIN_EXAMPLES = _examples([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])


def _convert_name(name):
    """A path to a .py file below the current folder becomes the dotted module it holds."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        # Outside the current folder it cannot be imported by a dotted name: leave it be.
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    stem = os.path.normpath(name)[:-3]
    return stem.replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return list(map(_convert_name, names))


def _convert_select_pattern(pattern):
    # -k foo means "name contains foo"; a pattern with * is taken as it is.
    return pattern if '*' in pattern else '*%s*' % pattern


# ---- a minimal argparse-compatible command line ----

_SUPPRESSED = object()     # default of the hidden discover positionals: set only when given


class _UsageError(Exception):
    """A command-line error; the parser prints usage and message and exits with status 2."""


class _Option(object):
    """One option or positional: how it matches, what it stores, how it is shown."""

    def __init__(self, flags, dest, effect, help_text, metavar=None, const=None, convert=None,
                 nargs=None):
        self.flags = flags          # ('-v', '--verbose'); () for a positional
        self.dest = dest            # attribute of the namespace it sets
        self.effect = effect        # 'help', 'const', 'true', 'append', 'store'
        self.help_text = help_text  # None: hidden from usage and help
        self.metavar = metavar
        self.const = const
        self.convert = convert
        # argparse's nargs: 0 (a flag), None (one value), '?' or '*' (positionals)
        self.nargs = 0 if effect in ('help', 'const', 'true') else nargs

    def label(self):
        """How error messages name it ('argument -k: ...')."""
        return '/'.join(self.flags) if self.flags else self.dest

    def usage_part(self):
        if not self.flags:
            return '[%s ...]' % self.dest if self.nargs == '*' else '[%s]' % self.dest
        shown = self.flags[0] if self.nargs == 0 else '%s %s' % (self.flags[0], self.metavar)
        return '[%s]' % shown

    def invocation(self):
        if not self.flags:
            return self.dest
        if self.nargs == 0:
            return ', '.join(self.flags)
        return ', '.join('%s %s' % (flag, self.metavar) for flag in self.flags)

    def arg_pattern(self):
        # argparse's regular expressions over the argument kinds: A (value), O (option),
        # - (a '--' marker). An option's own values may not include '--'.
        if self.flags:
            return '()' if self.nargs == 0 else '(A)'
        return {'?': '(-*A?-*)', '*': '(-*[A-]*)'}[self.nargs]


def _terminal_columns():
    # As shutil.get_terminal_size: $COLUMNS, else the terminal, else 80.
    try:
        columns = int(os.environ.get('COLUMNS', ''))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def _fill(words, width, first_used, indent):
    """Greedy line filling, argparse style; first_used is what the first line already holds."""
    lines, current, used = [], [], first_used
    for word in words:
        if current and used + 1 + len(word) > width:
            lines.append(current)
            current, used = [], len(indent) - 1
        current.append(word)
        used += len(word) + 1
    if current:
        lines.append(current)
    return [' '.join(line) for line in lines]


def _wrap(text, width):
    return _fill(text.split(), width, -1, '') or ['']


class _CommandLine(object):
    """Options, positionals, usage/help text and parsing into a namespace (argparse's rules)."""

    def __init__(self, prog, options, epilog=None, on_help=None):
        self.prog = prog
        self.options = options
        self.epilog = epilog
        self.on_help = on_help      # replaces the help printing (TestProgram._print_help)
        self.by_flag = {flag: opt for opt in options for flag in opt.flags}

    # -- text --

    def format_usage(self):
        width = _terminal_columns() - 2
        prefix = 'usage: '
        optional = [o.usage_part() for o in self.options if o.flags and o.help_text is not None]
        positional = [o.usage_part() for o in self.options if not o.flags and o.help_text]
        whole = ' '.join([self.prog] + optional + positional)
        if len(prefix) + len(whole) <= width:
            return prefix + whole + '\n'
        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            parts = optional or positional
            lines = _fill([self.prog] + parts, width, len(prefix) - 1, indent)
            if optional:
                lines += _fill(positional, width, len(indent) - 1, indent)
            lines = lines[:1] + [indent + line for line in lines[1:]]
        else:
            indent = ' ' * len(prefix)
            lines = _fill(optional + positional, width, len(indent) - 1, indent)
            if len(lines) > 1:
                lines = (_fill(optional, width, len(indent) - 1, indent)
                         + _fill(positional, width, len(indent) - 1, indent))
            lines = [self.prog] + [indent + line for line in lines]
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        width = _terminal_columns() - 2
        shown = [o for o in self.options if o.help_text]
        longest = max(len(o.invocation()) + 2 for o in shown)
        column = min(longest + 2, min(24, max(width - 20, 4)))
        text_width = max(width - column, 11)

        def entry(opt):
            name = opt.invocation()
            lines = _wrap(opt.help_text, text_width)
            if len(name) <= column - 4:
                out = ['  ' + name.ljust(column - 4) + '  ' + lines[0]]
            else:
                out = ['  ' + name, ' ' * column + lines[0]]
            return '\n'.join(out + [' ' * column + line for line in lines[1:]]) + '\n'

        blocks = [self.format_usage()]
        positional = [o for o in shown if not o.flags]
        if positional:
            blocks.append('positional arguments:\n' + ''.join(map(entry, positional)))
        blocks.append('options:\n' + ''.join(entry(o) for o in shown if o.flags))
        if self.epilog:
            blocks.append('\n'.join(_wrap(self.epilog, width)) + '\n')
        return '\n'.join(blocks)

    def print_help(self):
        if self.on_help is not None:
            self.on_help()
        else:
            sys.stdout.write(self.format_help())

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    # -- parsing --

    def _resolve(self, arg):
        """(option or None, flag, explicit value or None) for an option-like arg, or None."""
        if arg in self.by_flag:
            return self.by_flag[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            flag, value = arg.split('=', 1)
            if flag in self.by_flag:
                return self.by_flag[flag], flag, value
        candidates = []
        if arg.startswith('--'):
            head, _, value = arg.partition('=')
            value = value if '=' in arg else None
            candidates = [(self.by_flag[f], f, value) for f in self.by_flag if f.startswith(head)]
        else:
            for flag in self.by_flag:
                if flag == arg[:2]:
                    candidates.append((self.by_flag[flag], flag, arg[2:]))
                elif flag.startswith(arg):
                    candidates.append((self.by_flag[flag], flag, None))
        if len(candidates) > 1:
            raise _UsageError('ambiguous option: %s could match %s'
                              % (arg, ', '.join(c[1] for c in candidates)))
        if candidates:
            return candidates[0]
        if re.match(r'^-\d+$|^-\d*\.\d+$', arg) or ' ' in arg:
            return None       # a negative number or a phrase: a value, not an option
        return None, arg, None

    def parse_args(self, args, namespace):
        try:
            self._parse(list(args), namespace)
        except _UsageError as exc:
            self.error(str(exc))
        return namespace

    def _parse(self, args, ns):
        for opt in self.options:
            if opt.dest is not None and not hasattr(ns, opt.dest) and opt.effect != 'help':
                if opt.flags or opt.nargs == '*':
                    setattr(ns, opt.dest, None)
        kinds, found = [], {}
        for index, arg in enumerate(args):
            if '--' in args[:index]:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
            elif not arg.startswith('-') or arg == '-':
                kinds.append('A')
            else:
                match = self._resolve(arg)
                if match is None:
                    kinds.append('A')
                else:
                    kinds.append('O')
                    found[index] = match
        kinds = ''.join(kinds)
        waiting = [o for o in self.options if not o.flags]     # positionals not yet filled
        extras = []

        def take_positionals(start):
            # Fill as many waiting positionals as match the values from start on.
            for count in range(len(waiting), 0, -1):
                pattern = ''.join(o.arg_pattern() for o in waiting[:count])
                hit = re.match(pattern, kinds[start:])
                if hit:
                    for opt, group in zip(waiting[:count], hit.groups()):
                        self._apply(opt, args[start:start + len(group)], ns)
                        start += len(group)
                    del waiting[:count]
                    break
            return start

        position = 0
        last_option = max(found) if found else -1
        while position <= last_option:
            next_option = min(i for i in found if i >= position)
            if position != next_option:
                after = take_positionals(position)
                if after > position:
                    position = after
                    continue
            if position not in found:
                extras.extend(args[position:next_option])
                position = next_option
            position = self._take_option(found[position], position, args, kinds, ns, extras)
        position = take_positionals(position)
        extras.extend(args[position:])
        if extras:
            raise _UsageError('unrecognized arguments: %s' % ' '.join(extras))

    def _take_option(self, match, position, args, kinds, ns, extras):
        """Apply the option at args[position]; returns the index after what it used."""
        opt, flag, explicit = match
        if opt is None:
            extras.append(args[position])
            return position + 1
        # Everything the arg stands for is checked before any of it takes effect.
        to_apply = []
        end = position + 1
        while True:
            if explicit is None:
                hit = re.match(opt.arg_pattern(), kinds[end:])
                if hit is None:
                    raise _UsageError('argument %s: expected one argument' % opt.label())
                used = len(hit.group(1))
                to_apply.append((opt, args[end:end + used]))
                end += used
                break
            if opt.nargs is None:
                to_apply.append((opt, [explicit]))
                break
            if flag[1] == '-' or explicit == '':
                raise _UsageError('argument %s: ignored explicit argument %r'
                                  % (opt.label(), explicit))
            # Bundled single-dash flags (-vq): this one, then the rest as its own flag.
            to_apply.append((opt, []))
            flag, rest = '-' + explicit[0], explicit[1:] or None
            if flag not in self.by_flag:
                raise _UsageError('argument %s: ignored explicit argument %r'
                                  % (opt.label(), explicit))
            opt, explicit = self.by_flag[flag], rest
        for opt, values in to_apply:
            self._apply(opt, values, ns)
        return end

    def _apply(self, opt, values, ns):
        if '--' in values:
            values = list(values)
            values.remove('--')
        if opt.effect == 'help':
            self.print_help()
            sys.exit(0)
        elif opt.effect == 'const':
            setattr(ns, opt.dest, opt.const)
        elif opt.effect == 'true':
            setattr(ns, opt.dest, True)
        elif opt.nargs == '*':
            setattr(ns, opt.dest, list(values))
        elif opt.nargs == '?' and not values:
            return        # hidden positional not given: keep what the namespace has
        else:
            value = opt.convert(values[0]) if opt.convert else values[0]
            if opt.effect == 'append':
                setattr(ns, opt.dest, list(getattr(ns, opt.dest, None) or []) + [value])
            else:
                setattr(ns, opt.dest, value)


class TestProgram(object):
    """Runs the tests of a module (or named on the command line) and exits with their status."""

    module = None
    verbosity = 1
    progName = warnings = None
    # None: not given to TestProgram, so offered as command-line options (then False).
    failfast = catchbreak = buffer = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            # __import__ gives the top package; walk down to the named module.
            found = __import__(module)
            for attr in module.split('.')[1:]:
                found = getattr(found, attr)
            self.module = found
        else:
            self.module = module
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.verbosity, self.tb_locals = verbosity, tb_locals
        # Show deprecation warnings while testing, as `python -W default` would, unless the
        # user chose warnings options of their own.
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        import warnings
        warnings.warn("TestProgram.usageExit() is deprecated and will be removed in Python 3.13",
                      DeprecationWarning)
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                # `python -m unittest -v` alone still discovers.
                self._do_discovery([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None        # createTests loads the whole module
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            chosen = self.testLoader if Loader is None else Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _initArgParsers(self):
        shared = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(shared)
        self._discovery_parser = self._getDiscoveryArgParser(shared)

    def _getParentArgParser(self):
        """The options both command lines take, as a list of _Option."""
        options = [
            _Option(('-h', '--help'), None, 'help', 'show this help message and exit'),
            _Option(('-v', '--verbose'), 'verbosity', 'const', 'Verbose output', const=2),
            _Option(('-q', '--quiet'), 'verbosity', 'const', 'Quiet output', const=0),
            _Option(('--locals',), 'tb_locals', 'true', 'Show local variables in tracebacks'),
        ]
        # A setting given to TestProgram itself is not offered as an option.
        switches = (('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
                    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
                    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'))
        for dest, flags, text in switches:
            if getattr(self, dest) is None:
                options.append(_Option(flags, dest, 'true', text))
                setattr(self, dest, False)
        if self.testNamePatterns is None:
            options.append(_Option(('-k',), 'testNamePatterns', 'append',
                                   'Only run tests which match the given substring',
                                   metavar='TESTNAMEPATTERNS', convert=_convert_select_pattern))
            self.testNamePatterns = []
        return options

    def _getMainArgParser(self, parent):
        tests = _Option((), 'tests', 'store',
                        'a list of any number of test modules, classes and test methods.',
                        nargs='*')
        return _CommandLine(self.progName, parent + [tests], on_help=self._print_help)

    def _getDiscoveryArgParser(self, parent):
        own = [
            _Option(('-s', '--start-directory'), 'start', 'store',
                    "Directory to start discovery ('.' default)", metavar='START'),
            _Option(('-p', '--pattern'), 'pattern', 'store',
                    "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
            _Option(('-t', '--top-level-directory'), 'top', 'store',
                    'Top level directory of project (defaults to start directory)',
                    metavar='TOP'),
        ]
        # start, pattern and top may also be given positionally, in that order.
        hidden = [_Option((), dest, 'store', None, nargs='?') for dest in ('start', 'pattern', 'top')]
        epilog = ('For test discovery all test modules must be importable from the top level '
                  'directory of the project.')
        return _CommandLine('%s discover' % self.progName, parent + own + hidden, epilog)

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()      # tests call this directly
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())

    def _make_runner(self):
        made = self.testRunner
        if not isinstance(made, type):
            return made        # already a runner instance
        settings = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                        warnings=self.warnings, tb_locals=self.tb_locals)
        # Older runner classes take fewer arguments: retry without tb_locals, then with none.
        try:
            return made(**settings)
        except TypeError:
            pass
        del settings['tb_locals']
        try:
            return made(**settings)
        except TypeError:
            return made()


main = TestProgram
