"""doctest: run the interactive examples found in docstrings and text files, and check that
they print what the text says.

DocTestParser cuts text into Examples ('>>> ' source, expected output, expected exception);
DocTestFinder gathers DocTests from a module's functions, classes, methods and __test__;
DocTestRunner executes each example with stdout captured and asks an OutputChecker whether the
output matches under the option flags (ELLIPSIS, NORMALIZE_WHITESPACE, ...); testmod, testfile,
run_docstring_examples and the unittest glue (DocTestSuite, DocFileSuite) sit on top. Reports
are Python 3.11's, character for character. pygen's own design; CPython counterpart:
Lib/doctest.py.
"""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO, IncrementalNewlineDecoder

try:
    import pdb
except ImportError:      # pygen has no debugger: set_trace in examples is not redirected
    pdb = None

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
           'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
           'DocTestFailure', 'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
           'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
           'set_unittest_reportflags', 'script_from_examples', 'testsource', 'debug_src',
           'debug']

TestResults = namedtuple('TestResults', ['failed', 'attempted'])

# ---------------------------------------------------------------------------------------------
# Option flags: one bit each, in registration order
# ---------------------------------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of flag name, given a new one on first registration."""
    next_bit = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME.setdefault(name, next_bit)


# comparison flags, then reporting flags: the bits are given in this order
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
 IGNORE_EXCEPTION_DETAIL, REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = map(register_optionflag, (
    'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
    'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'))
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

def _extract_future_flags(globs):
    """Compiler flags for the __future__ features imported into globs."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name, None) is feature:
            flags = flags | feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module from a module, a dotted name, or None (the module of the caller depth
    frames up)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        caller = sys._getframe(depth)
        return sys.modules[caller.f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    # universal newlines for text a loader handed over as bytes
    decoder = IncrementalNewlineDecoder(None, translate=True)
    return decoder.decode(data, final=True)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, depth=3)   # the caller of testfile & co.
        filename = _module_relative_path(package, filename)  # made absolute
        loader = getattr(package, '__loader__', None)
        if loader is None:
            loader = getattr(getattr(package, '__spec__', None), 'loader', None)
        if callable(getattr(loader, 'get_data', None)):
            return _newline_convert(loader.get_data(filename).decode(encoding)), filename
    with open(filename, encoding=encoding) as source:
        return source.read(), filename


def _indent(s, indent=4):
    """s with indent spaces before each non-empty line."""
    return re.sub('(?m)^(?!$)', ' ' * indent, s)


def _exception_traceback(exc_info):
    """The traceback text of exc_info, as print_exception writes it."""
    sink = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


class _SpoofOut(StringIO):
    """Where sys.stdout points while an example runs: its value always ends in a newline,
    and truncate() also rewinds."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether got matches want, each '...' in want standing for any text."""
    if want.find(ELLIPSIS_MARKER) < 0:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail, middle = pieces[0], pieces[-1], pieces[1:-1]
    if not got.startswith(head):
        return False
    start, stop = len(head), len(got)
    if tail:
        if not got.endswith(tail):
            return False
        stop -= len(tail)
    if start > stop:
        return False       # head and tail overlap in got
    for piece in middle:
        found = got.find(piece, start, stop)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _comment_line(line):
    stripped = line.rstrip()
    return '# ' + stripped if stripped else '#'


def _strip_exception_details(msg):
    """'pkg.mod.Error: detail' -> 'Error' (for IGNORE_EXCEPTION_DETAIL)."""
    end = len(msg)
    for mark in ("\n", ":"):
        found = msg.find(mark, 0, end)
        if found >= 0:
            end = found
    dot = msg.rfind('.', 0, end)
    return msg[dot + 1:end]


_NO_FILE = object()


def _module_relative_path(module, test_path):
    if not isinstance(module, type(sys)):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    module_file = getattr(module, '__file__', _NO_FILE)
    if module_file is not _NO_FILE:
        folder = os.path.split(module_file)[0]
    elif module.__name__ == '__main__':
        folder = os.path.split(sys.argv[0])[0] if sys.argv and sys.argv[0] else os.curdir
    else:
        for folder in getattr(module, '__path__', ()):
            candidate = os.path.join(folder, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(folder, test_path)


if pdb is not None:
    class _OutputRedirectingPdb(pdb.Pdb):
        """The debugger examples get for pdb.set_trace(): it writes to the real stdout and
        only stops when set_trace was actually called."""

        def __init__(self, out):
            self.__out = out
            self.__debugger_used = False
            super().__init__(stdout=out, nosigint=True)
            self.use_rawinput = 1

        def set_trace(self, frame=None):
            self.__debugger_used = True
            pdb.Pdb.set_trace(self, sys._getframe().f_back if frame is None else frame)

        def set_continue(self):
            if self.__debugger_used:
                pdb.Pdb.set_continue(self)

        def trace_dispatch(self, *args):
            captured, sys.stdout = sys.stdout, self.__out
            try:
                return super().trace_dispatch(*args)
            finally:
                sys.stdout = captured

# ---------------------------------------------------------------------------------------------
# Examples and tests
# ---------------------------------------------------------------------------------------------

class Example:
    """One '>>>' example: source (ends with a newline), want (the expected output, '' or
    ending with a newline), exc_msg (the expected exception's message, or None), lineno
    (0-based, within the docstring), indent, and options ({flag: True/False} from
    directives)."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        def ending_line(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = ending_line(source)
        self.want = ending_line(want) if want else want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = None if exc_msg is None else ending_line(exc_msg)

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


class DocTest:
    """The examples of one docstring or file, with the globals they run in (a copy), the
    name, the file and the 0-based line where the docstring starts."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; use DocTestParser instead")
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        described = {0: 'no examples', 1: '1 example'}.get(count, '%d examples' % count)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, described)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        mine = (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)
        theirs = (other.examples, other.docstring, other.globs, other.name, other.filename,
                  other.lineno)
        return mine == theirs

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))  # not globs

    def __lt__(self, other):
        if isinstance(other, DocTest):
            pass
        else:
            return NotImplemented

        def key(test):
            return (test.name, test.filename, -1 if test.lineno is None else test.lineno,
                    id(test))
        return key(self) < key(other)

# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------

class DocTestParser:
    """Cuts a docstring into text and Example objects."""

    # A prompt line with its continuation lines, then the output lines up to a blank line
    # or the next prompt.
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent> [ ]*) >>>    .*)     # the '>>>' line
            (?:\n           [ ]*  \.\.\. .*)*)   # '...' continuation lines
        \n?
        (?P<want> (?:(?![ ]*$)                   # any line but a blank one
                     (?![ ]*>>>)                 # or another prompt
                     .+$\n?
                  )*)
        ''', re.VERBOSE | re.MULTILINE)

    # An expected traceback: the header line, anything, then the line naming the exception.
    _EXCEPTION_RE = re.compile(r"""
        ^(?P<hdr> Traceback\ \(
            (?: most\ recent\ call\ last
            |   innermost\ last
            ) \) :
        )
        \s* $
        (?P<stack> .*?)
        ^ (?P<msg> \w+ .*)
        """, re.DOTALL | re.MULTILINE | re.VERBOSE)

    _IS_BLANK_OR_COMMENT = re.compile(r'^ *(#.*)?$').match

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    _INDENT_RE = re.compile(r'^( *)(?=\S)', re.M)

    def parse(self, string, name='<string>'):
        """The text between examples and the Examples, alternating (text first and last)."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        position = 0
        lineno = 0
        for found in self._EXAMPLE_RE.finditer(string):
            pieces.append(string[position:found.start()])
            lineno += string.count('\n', position, found.start())
            source, options, want, exc_msg = self._parse_example(found, name, lineno)
            if self._IS_BLANK_OR_COMMENT(source) is None:
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + len(found.group('indent')),
                                      options=options))
            lineno += string.count('\n', found.start(), found.end())
            position = found.end()
        pieces.append(string[position:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, m, name, lineno):
        """(source, options, want, exc_msg) of one matched example, prompts and indentation
        removed; ValueError for malformed prompts or indentation."""
        indent = len(m['indent'])
        source_lines = m['source'].split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)  # '>>>x' is an error
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)

        want_lines = m['want'].split('\n')
        if len(want_lines) > 1 and not want_lines[-1].strip(' '):
            want_lines.pop()    # the newline ending the output, and spaces after it
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)

        traceback_match = self._EXCEPTION_RE.match(want)
        exc_msg = traceback_match.group('msg') if traceback_match else None
        return source, self._find_options(source, name, lineno), want, exc_msg

    def _find_options(self, source, name, lineno):
        """{flag: on} from '# doctest: +FLAG, -FLAG' directives in source."""
        options = {}
        for directive in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in directive.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source) is not None:
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = [len(lead) for lead in self._INDENT_RE.findall(s)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        # '>>>' and '...' must be followed by a space (or end the line)
        for offset, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + offset + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line != '' and line[:len(prefix)] != prefix:
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + offset + 1, name, line))

# ---------------------------------------------------------------------------------------------
# Finding tests
# ---------------------------------------------------------------------------------------------

def _is_method_wrapper(obj):
    check = getattr(inspect, 'ismethodwrapper', None)
    return check is not None and check(obj)


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it contains: a module's
    functions and classes defined in it and its __test__ entries, a class's methods, nested
    classes and properties."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty   # no DocTest for an empty docstring

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The sorted DocTests of obj. module (default: the one obj comes from; False for
        none) decides which contained objects count; globs (default: the module's dict)
        and extraglobs make each test's globals."""
        if name is None:
            name = getattr(obj, '__name__', None)   # functions, classes, modules
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)   # may stay None
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, seen={})
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # only names like '<doctest ...>' or '<string>' may be served by linecache
            path = inspect.getfile(obj)
            if path[0] + path[-2:] != '<]>':
                return None
        lines = linecache.getlines(path, module.__dict__) if module is not None \
            else linecache.getlines(path)
        return lines or None

    def _from_module(self, module, object):
        """Whether object was defined in module (True when module is None)."""
        if module is None:
            return True
        home = inspect.getmodule(object)
        if home is not None:
            return home is module
        if inspect.isfunction(object):
            return object.__globals__ is module.__dict__
        if inspect.ismethoddescriptor(object) or _is_method_wrapper(object):
            owner = getattr(object, '__objclass__', None)
            if owner is not None:
                return owner.__module__ == module.__name__
            if hasattr(object, '__module__'):
                return object.__module__ == module.__name__
            return True
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return object.__module__ == module.__name__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in ' + str(name))
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)  # None: nothing there
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return

        def visit(value, value_name):
            self._find(tests, value, value_name, module, source_lines, globs, seen)

        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    visit(value, '%s.%s' % (name, key))
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                visit(value, '%s.__test__.%s' % (name, key))
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value)
                     or isinstance(value, property)) and self._from_module(module, value)):
                    visit(value, '%s.%s' % (name, key))

    def _get_test(self, obj, name, module, globs, source_lines):
        """The DocTest of obj's docstring (obj itself when a str), or None when empty and
        exclude_empty."""
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                docstring = '' if docstring is None else docstring
                if not isinstance(docstring, str):   # e.g. a class whose __doc__ is a property
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None)
            filename = filename or module.__name__
            if filename.endswith(".pyc"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts, or None."""
        lineno = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if has_doc and inspect.ismodule(obj):
            lineno = 0
        if has_doc and inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for number, line in enumerate(source_lines):
                if header.match(line):
                    lineno = number
                    break
        # from a method or function to its code object
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and obj.__doc__:
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1   # 0-based
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        # the docstring is the first line from there opening a string
        opening = re.compile(r'(^|.*:)\s*\w*("|\')')
        for number in range(lineno, len(source_lines)):
            if opening.match(source_lines[number]):
                return number
        return None

# ---------------------------------------------------------------------------------------------
# Checking output
# ---------------------------------------------------------------------------------------------

_WHITESPACE_ONLY_LINE = re.compile(r'^[^\S\n]+$', re.MULTILINE)


class OutputChecker:
    """Decides whether an example's actual output matches the expected one under the
    comparison flags, and describes the difference when it does not."""

    def _toAscii(self, s):
        return s.encode('ascii', 'backslashreplace').decode('ascii')

    def check_output(self, want, got, optionflags):
        got, want = self._toAscii(got), self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            # what Python 2.2 printed for booleans
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = _WHITESPACE_ONLY_LINE.sub('', got)
            if got == want:
                return True
        if NORMALIZE_WHITESPACE & optionflags:
            got, want = ' '.join(got.split()), ' '.join(want.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if REPORT_NDIFF & optionflags:
            return True
        # unified and context diffs only pay off for longer outputs
        return min(want.count('\n'), got.count('\n')) > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' text (or a diff) for a failed example."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^ *(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines, got_lines = want.splitlines(True), got.splitlines(True)
            if REPORT_UDIFF & optionflags:
                lines = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'   # header lines dropped
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'   # same
            elif optionflags & REPORT_NDIFF:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'   # with '?' hint lines
            else:
                assert 0, 'Bad diff option'
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual

# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------

class DocTestRunner:
    """Runs DocTests, reporting through report_* methods (overridable) to out, and keeps
    per-test counts for summarize()."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker if checker else OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}      # test name -> (failures, tries)
        self._fakeout = _SpoofOut()

    # ---- reporting ----

    def report_start(self, out, test, example):
        if self._verbose:
            expected = ('Expecting:\n' + _indent(example.want)) if example.want \
                else 'Expecting nothing\n'
            out('Trying:\n' + _indent(example.source) + expected)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        else:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, where, 'Failed example:', _indent(example.source)])

    # ---- one test ----

    def _flags_for(self, example, base):
        flags = base
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _expected_exception_text(self, exception):
        """The 'Type: message' lines an expected traceback is compared with; for a
        SyntaxError, without the lines showing the source."""
        lines = traceback.format_exception_only(*exception[:2])
        kind = exception[0]
        if issubclass(kind, SyntaxError):
            prefixes = (f"{kind.__qualname__}:", f"{kind.__module__}.{kind.__qualname__}:")
            first = next(k for k, line in enumerate(lines) if line.startswith(prefixes))
            lines = lines[first:]
        return ''.join(lines)

    def _run_one(self, test, number, example, compileflags):
        """Executes one example; returns (captured output, exc_info or None)."""
        name = '<doctest %s[%d]>' % (test.name, number)
        try:
            exec(compile(example.source, name, "single", compileflags, True), test.globs)
            self.debugger.set_continue()
            problem = None
        except KeyboardInterrupt:
            raise
        except:
            problem = sys.exc_info()
            self.debugger.set_continue()
        got = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        return got, problem

    def _judge(self, example, got, problem, quiet):
        """'ok', 'fail' or 'boom' for an example's result; got gains the traceback."""
        check = self._checker.check_output   # (want, got, flags)
        flags = self.optionflags
        if problem is None:
            return ('ok' if check(example.want, got, flags) else 'fail'), got
        raised = self._expected_exception_text(problem)
        if not quiet:
            got += _exception_traceback(problem)
        if example.exc_msg is None:
            return 'boom', got
        if check(example.exc_msg, raised, flags):
            return 'ok', got
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg), _strip_exception_details(raised),
                flags):
            return 'ok', got
        return 'fail', got

    def __run(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        for number, example in enumerate(test.examples):
            # (as in CPython, "quiet" follows the flags the previous example ran with)
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = self._flags_for(example, base_flags)
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)   # verbose: 'Trying:' ...
            got, problem = self._run_one(test, number, example, compileflags)
            verdict, got = self._judge(example, got, problem, quiet)
            if verdict != 'ok':
                failures += 1
            if not quiet:
                if verdict == 'ok':
                    self.report_success(out, test, example, got=got)
                elif verdict == 'fail':
                    self.report_failure(out, test, example, got=got)
                else:
                    self.report_unexpected_exception(out, test, example, problem)
            if failures > 0 and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self.__record_outcome(test, failures, tries)
        return TestResults(failed=failures, attempted=tries)

    def __record_outcome(self, test, f, t):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_f + f, old_t + t)
        self.failures += f
        self.tries += t

    # tracebacks of examples show their source: linecache is asked for '<doctest NAME[N]>'
    __LINECACHE_FILENAME_RE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        found = self.__LINECACHE_FILENAME_RE.match(filename)
        if found and found.group('name') == self.test.name:
            example = self.test.examples[int(found.group('examplenum'))]
            return example.source.splitlines(True)
        original = self.save_linecache_getlines
        return original(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs test's examples with sys.stdout captured, writing reports with out (default:
        the real stdout); clears test.globs afterwards unless clear_globs is false.
        Returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)  # 'from __future__' in globs
        real_stdout = sys.stdout
        if out is None:
            encoding = real_stdout.encoding
            if encoding is None or encoding.lower() in ('utf-8',):
                out = real_stdout.write
            else:
                def out(text):
                    real_stdout.write(str(text.encode(encoding, 'backslashreplace'), encoding))
        sys.stdout = self._fakeout
        saved_trace = sys.gettrace() if hasattr(sys, 'gettrace') else None
        if pdb is not None:
            saved_set_trace = pdb.set_trace
            self.debugger = _OutputRedirectingPdb(real_stdout)
            self.debugger.reset()
            pdb.set_trace = self.debugger.set_trace   # pdb.set_trace() in an example
        else:
            self.debugger = _NO_DEBUGGER
        self.save_linecache_getlines, linecache.getlines = (
            linecache.getlines, self.__patched_linecache_getlines)
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__    # values echo as the interactive shell
        try:
            return self.__run(test, compileflags, out=out)
        finally:
            sys.stdout = real_stdout
            if pdb is not None:
                pdb.set_trace = saved_set_trace
            if hasattr(sys, 'settrace'):
                sys.settrace(saved_trace)
            linecache.getlines = self.save_linecache_getlines   # undo the patch
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    # ---- totals ----

    def summarize(self, verbose=None):
        """Prints the totals of every test run so far; returns TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print("%d items passed all tests:" % len(passed))
                for name, count in sorted(passed):
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print("%d items had failures:" % len(failed))
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        mine = self._name2ft
        for name, (f, t) in list(other._name2ft.items()):
            old_f, old_t = mine.get(name, (0, 0))
            mine[name] = (f + old_f, t + old_t)


class _NoDebugger:
    # stands in for the redirecting debugger where there is no pdb
    def set_continue(self):
        pass


_NO_DEBUGGER = _NoDebugger()


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match: test, example and
    got (the actual output) are attributes."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly: test, example and
    exc_info are attributes."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first problem (DocTestFailure, UnexpectedException)
    instead of reporting, leaving the globals in place for inspection."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        results = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return results

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------

master = None     # the runner accumulating testmod/testfile results


def _accumulate(runner, report):
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(failed=runner.failures, attempted=runner.tries)


def _make_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the docstring examples of module m (default __main__); prints a summary when
    report; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__', None)
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    name = m.__name__ if name is None else name
    runner = _make_runner(raise_on_error, verbose, optionflags)
    found = DocTestFinder(exclude_empty=exclude_empty).find(m, name, globs=globs,
                                                            extraglobs=extraglobs)
    for test in found:
        runner.run(test)
    return _accumulate(runner, report)


def _test_globals(globs, extraglobs):
    made = {} if globs is None else globs.copy()
    if extraglobs is not None:
        made.update(extraglobs)
    made.setdefault('__name__', '__main__')
    return made


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Runs the examples of a text file (relative to the calling module's folder unless
    module_relative is false)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    name = os.path.basename(filename) if name is None else name
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, _test_globals(globs, extraglobs), name, filename, 0))
    return _accumulate(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in f's docstring only (no recursion), in globs."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags)

# ---------------------------------------------------------------------------------------------
# unittest integration
# ---------------------------------------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCases use when their own have none; returns the old
    value."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest case running one DocTest; its failure message is the doctest report."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_optionflags = optionflags   # (reporting flags default to the global ones)
        self._dt_checker = checker
        self._dt_globs = dict(test.globs)   # restored after every run
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        prepare = self._dt_setUp
        if prepare is not None:
            prepare(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # the next run starts from the original globals
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        report = StringIO()
        saved = sys.stdout
        try:
            failures, _ = runner.run(self._dt_test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short_name = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, line, short_name, err))

    def debug(self):
        """Runs the test with a DebugRunner, so that the first problem raises."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return ((self._dt_test, self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                 self._dt_checker)
                == (other._dt_test, other._dt_optionflags, other._dt_setUp,
                    other._dt_tearDown, other._dt_checker))

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        *owner, last = self._dt_test.name.split('.')
        return "%s (%s)" % (last, '.'.join(owner))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings -OO removed."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # keeps its tests after running them (they are cheap to hold, and tests reuse them)
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of module that has examples."""
    finder = DocTestFinder() if test_finder is None else test_finder
    module = _normalize_module(module)
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            test.filename = filename[:-1] if filename.endswith(".pyc") else filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    globs.setdefault("__file__", path)
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite

# ---------------------------------------------------------------------------------------------
# Scripts from examples, debugging
# ---------------------------------------------------------------------------------------------

def script_from_examples(s):
    """The examples of s as a script: the code as is, expected output and the text in
    between as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, str):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script of the examples of the DocTest called name in module."""
    module = _normalize_module(module)
    matching = [test for test in DocTestFinder().find(module) if test.name == name]
    if not matching:
        raise ValueError(name, "not found in tests")
    return script_from_examples(matching[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Debugs the examples of a docstring."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Runs script src under pdb (after the fact, at the exception, when pm)."""
    namespace = globs.copy() if globs else {}
    if pdb is None:
        exec(src, namespace, namespace)     # no debugger here: just run it
        return
    if pm:
        try:
            exec(src, namespace, namespace)
        except:
            print(sys.exc_info()[1])
            debugger = pdb.Pdb(nosigint=True)
            debugger.reset()
            debugger.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, namespace, namespace)


def debug(module, name, pm=False):
    """Debugs the examples of the DocTest called name in module."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


def _test():
    import argparse
    cli = argparse.ArgumentParser(description="doctest runner")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='report every example, not only failures')
    cli.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                     default=[], help='an option flag for all examples (repeatable)')
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help='stop at the first failure (the same as -o FAIL_FAST)')
    cli.add_argument('file', nargs='+', help='a .py module or a text file of examples')
    args = cli.parse_args()
    flags = FAIL_FAST if args.fail_fast else 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    for path in args.file:
        if path.endswith(".py"):
            folder, file_name = os.path.split(path)
            sys.path.insert(0, folder)
            module = __import__(file_name[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(path, module_relative=False, verbose=args.verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
