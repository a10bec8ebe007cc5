"""doctest: run the interactive examples found in docstrings and check their output.

Written for pygen from the documented behaviour of CPython 3.11's doctest:
DocTestParser turns text into Examples, DocTestFinder collects DocTests from
modules, classes, functions and ``__test__`` dicts, DocTestRunner executes
them and OutputChecker compares output under the option flags; testmod(),
run_docstring_examples(), testfile() and the unittest glue (DocTestSuite,
DocFileSuite, DocTestCase) sit on top.
"""

import __future__
import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
    'testsource', 'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Give `name` a new bit (or return the one it has) usable in directives."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------- helpers


def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name, None)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a dotted name, or None (the caller's caller)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            name = sys._getframe(depth).f_globals['__name__']
        except (AttributeError, KeyError, ValueError):
            name = '__main__'
        return sys.modules[name]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    # Universal newlines for text read by testfile().
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            try:
                file_contents = loader.get_data(filename)
            except OSError:
                pass
            else:
                if isinstance(file_contents, bytes):
                    file_contents = file_contents.decode(encoding or 'utf-8')
                return _newline_convert(file_contents), filename
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename


def _indent(s, indent=4):
    """Every non-blank line of `s` with `indent` spaces in front."""
    prefix = ' ' * indent
    return re.sub('(?m)^(?!$)', prefix, s)


def _exception_traceback(exc_info):
    """The traceback text for an exc_info triple."""
    out = io.StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


class _SpoofOut(io.StringIO):
    """The stdout stand-in while examples run; getvalue() ends every non-empty
    output with a newline, as the interactive prompt would show it."""

    def getvalue(self):
        result = io.StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        io.StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    start, end = 0, len(got)
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        # The fixed head and tail overlap in got.
        return False
    for piece in pieces[1:-1]:
        # Leftmost placement of each middle piece leaves the most room for the rest.
        pos = got.find(piece, start, end)
        if pos < 0:
            return False
        start = pos + len(piece)
    return True


def _comment_line(line):
    """`line` as a Python comment (for script_from_examples)."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The bare exception class name of an exception line: module path and
    detail dropped, so IGNORE_EXCEPTION_DETAIL compares only the class."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*(test_path.split('/')))
    if hasattr(module, '__file__') and module.__file__:
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        if hasattr(module, '__path__'):
            for directory in module.__path__:
                fullpath = os.path.join(directory, test_path)
                if os.path.exists(fullpath):
                    return fullpath
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(basedir, test_path)


# ---------------------------------------------------------------- Example and DocTest


class Example:
    """One interactive example: its source, the output it should print (want),
    the exception line it should end with (exc_msg, or None), its line number
    within the docstring, its indentation and its option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name,
                                           self.filename, self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self)) <
                (other.name, other.filename, other.lineno or -1, id(other)))


# ---------------------------------------------------------------- DocTestParser

_PROMPT_LINE = re.compile(r'^([ ]*)>>>( ?)(.*)$')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


class DocTestParser:
    """Splits docstring text into prose and Examples.

    An example starts at a line whose first non-blank text is '>>>'; lines
    after it with the same indentation starting '...' continue its source;
    the following lines, up to a blank line or the next '>>>', are the
    expected output."""

    def parse(self, string, name='<string>'):
        """A list alternating prose strings and Example objects."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = '\n'.join([l[min_indent:] for l in string.split('\n')])

        output = []
        lines = string.split('\n')
        # Character offsets of each line start, to cut the prose between examples.
        starts = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        prose_start = 0
        i = 0
        n = len(lines)
        while i < n:
            m = _PROMPT_LINE.match(lines[i])
            if m is None:
                i += 1
                continue
            indent = len(m.group(1))
            lineno = i
            source_lines = [lines[i]]
            i += 1
            # Continuation lines: any indentation, then '...' (a wrong indentation is
            # reported by _check_prefix rather than read as output).
            while i < n and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n:
                line = lines[i]
                if line.strip() == '' or _PROMPT_LINE.match(line):
                    break
                want_lines.append(line)
                i += 1
            # Prose before this example.
            output.append(string[prose_start:starts[lineno]])
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, lineno)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=min_indent + indent, options=options))
            prose_start = starts[i] if i < n else len(string)
        output.append(string[prose_start:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])

        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want_lines = [wl[indent:] for wl in want_lines]
        # A final line of only whitespace is not part of the output.
        if want_lines and want_lines[-1].strip() == '':
            del want_lines[-1]
        want = '\n'.join(want_lines)
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    @staticmethod
    def _exception_message(want):
        """The exception part of an expected traceback: from the first line after
        the header that starts with a word character; None when want is no traceback."""
        lines = want.split('\n')
        first = 0
        while first < len(lines) and lines[first].strip() == '':
            first += 1
        if first >= len(lines) or lines[first].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for j in range(first + 1, len(lines)):
            line = lines[j]
            if line and (line[0].isalnum() or line[0] == '_'):
                return '\n'.join(lines[j:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            option_strings = m.group(1).replace(',', ' ').split()
            for option in option_strings:
                if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r' %
                                     (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == '+')
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    @staticmethod
    def _is_blank_or_comment(source):
        for line in source.split('\n'):
            s = line.strip()
            if s and not s.startswith('#'):
                return False
        return True

    @staticmethod
    def _min_indent(s):
        indents = [len(l) - len(l.lstrip(' ')) for l in s.split('\n') if l.strip()]
        return min(indents) if indents else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r' %
                                 (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + i + 1, name, line))


# ---------------------------------------------------------------- DocTestFinder


class DocTestFinder:
    """Collects the DocTests of an object and of what it contains: a module's
    functions and classes (those defined in it), its ``__test__`` dict, a
    class's methods, static and class methods and properties."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj) if hasattr(inspect, 'getmodule') else None

        try:
            file = inspect.getsourcefile(obj) if hasattr(inspect, 'getsourcefile') else None
        except TypeError:
            file = None
        if file is None and module is not None:
            file = getattr(module, '__file__', None)
        source_lines = None
        if file:
            source_lines = linecache.getlines(file, module.__dict__ if module else None)
            if not source_lines:
                source_lines = None

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        """Whether `obj` is defined in `module` (True when that cannot be told)."""
        if module is None:
            return True
        if inspect.getmodule(obj) is not None if hasattr(inspect, 'getmodule') else False:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or type(obj).__name__ in ('builtin_function_or_method',
                                                                      'method_descriptor'):
            if hasattr(obj, '__objclass__'):
                obj_mod = obj.__objclass__.__module__
            elif hasattr(obj, '__module__'):
                obj_mod = obj.__module__
            else:
                return True
            return module.__name__ == obj_mod
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        maybe_routine = obj
        try:
            maybe_routine = inspect.unwrap(maybe_routine)
        except ValueError:
            pass
        return inspect.isroutine(maybe_routine)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)

        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((self._is_routine(val) or inspect.isclass(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" %
                                     (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        elif inspect.isclass(obj):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in its file, or None."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None and source_lines is not None:
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for lineno in range(lineno, len(source_lines)):
                if pat.match(source_lines[lineno]):
                    return lineno
        return None


# ---------------------------------------------------------------- OutputChecker


class OutputChecker:
    """Decides whether the output an example printed matches its expected output."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n") or (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report text for a mismatch: a diff when asked for, else expected and got."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------- DocTestRunner


class DocTestRunner:
    """Runs DocTests, reports on each example and keeps a tally per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # Reporting: subclasses override these.

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    # Running.

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output

        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)

            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag

            if self.optionflags & SKIP:
                continue

            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, examplenum)

            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE

            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                # The last line: for a SyntaxError it follows the source and caret lines.
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)

                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS

            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1

            if failures and self.optionflags & FAIL_FAST:
                break

        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    _FILENAME_RE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # Source lines for '<doctest NAME[N]>' so tracebacks and inspect can show examples.
        m = self._FILENAME_RE.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run every example of `test`, writing reports with `out` (sys.stdout.write
        by default); returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                    save_stdout.write(s)
        sys.stdout = self._fakeout

        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of all tests run so far; returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


# ---------------------------------------------------------------- DebugRunner


class DocTestFailure(Exception):
    """An example's output did not match: test, example, got."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it was not expected to: test, example, exc_info."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- testmod and friends

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (__main__ by default)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in f's docstring (not recursing into what f contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------- unittest glue

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses when a test gives none; returns the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        # SkipDocTestCase passes no test.
        self._dt_globs = test.globs.copy() if test is not None else {}
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        new = io.StringIO()
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=new.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = 'unknown line number'
        else:
            lineno = '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands in for a module without docstrings, so the suite reports a skip."""

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

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------- script conversion


def script_from_examples(s):
    """Python source from doctest text: examples as code, expected output and
    prose as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script_from_examples() text of the docstring of `name` in `module`."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    globs = globs.copy() if globs else {}
    exec(src, globs, globs)


def debug(module, name, pm=False):
    module = _normalize_module(module)
    testsrc = testsource(module, name)
    debug_script(testsrc, pm, module.__dict__)


def _test():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False)
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[])
    parser.add_argument('-f', '--fail-fast', action='store_true')
    parser.add_argument('file', nargs='+')
    args = parser.parse_args()
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
