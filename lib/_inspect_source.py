"""inspect's source-code functions: getfile, getsourcefile, findsource, getsourcelines,
getsource, getblock, getcomments, getmodulename, indentsize.

Loaded by inspect on first use of one of these names. A definition's block is found by scanning
its lines for brackets, strings and indentation, which is what the tokenizer would tell.
"""

import os
import sys
import types

__all__ = ['getfile', 'getsourcefile', 'findsource', 'getsourcelines', 'getsource', 'getblock',
           'getcomments', 'getmodulename', 'indentsize']


def indentsize(line):
    """The number of spaces of indentation of a line, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so', '.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def _code_of(object):
    """The code object behind a method, function, traceback or frame; anything else unchanged."""
    if isinstance(object, types.MethodType):
        object = object.__func__
    if isinstance(object, types.FunctionType):
        object = object.__code__
    if isinstance(object, types.TracebackType):
        object = object.tb_frame
    if isinstance(object, types.FrameType):
        object = object.f_code
    return object


def getfile(object):
    """The file a module, class, method, function, traceback, frame or code object came from."""
    if isinstance(object, types.ModuleType):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isinstance(object, type):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    object = _code_of(object)
    if isinstance(object, types.CodeType):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The Python source file of an object, or None when there is none to read."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif not filename.endswith('.py') and os.path.splitext(filename)[1] in ('.so', '.pyd'):
        return None
    if os.path.exists(filename):
        return filename
    import linecache
    module = sys.modules.get(getattr(object, '__module__', None) or '')
    if filename in linecache.cache or linecache.getlines(filename, getattr(module, '__dict__', None)):
        return filename
    return None


def _source_lines(object):
    import linecache
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = object if isinstance(object, types.ModuleType) else \
        sys.modules.get(getattr(object, '__module__', None) or '')
    lines = linecache.getlines(file, getattr(module, '__dict__', None))
    if not lines:
        raise OSError('could not get source code')
    return lines


def _unwrap(object):
    while hasattr(object, '__wrapped__'):
        object = object.__wrapped__
    return object


def findsource(object):
    """All lines of the object's file, and the index of the line its definition starts on."""
    lines = _source_lines(object)
    if isinstance(object, types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        return lines, _class_start(lines, object)
    object = _code_of(object)
    if isinstance(object, types.CodeType):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _class_start(lines, cls):
    """The line of `class NAME` that defines cls: the one whose nesting matches __qualname__."""
    path = cls.__qualname__.split('.')
    candidates = []
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith('class '):
            rest = stripped[6:].lstrip()
            name = rest.split('(')[0].split(':')[0].strip()
            if name == path[-1]:
                candidates.append(i)
    if not candidates:
        raise OSError('could not find class definition')
    if len(candidates) == 1 or len(path) == 1:
        # A top-level class: the first one at column 0, else the first one.
        for i in candidates:
            if len(path) > 1 or indentsize(lines[i]) == 0:
                return _with_decorators(lines, i)
        return _with_decorators(lines, candidates[0])
    for i in candidates:
        if indentsize(lines[i]) > 0:
            return _with_decorators(lines, i)
    return _with_decorators(lines, candidates[0])


def _with_decorators(lines, i):
    indent = indentsize(lines[i])
    while i > 0 and lines[i - 1].lstrip().startswith('@') and indentsize(lines[i - 1]) == indent:
        i -= 1
    return i


class _Scanner:
    """Follows brackets and strings across lines, so a line can be told to end a logical line."""

    def __init__(self):
        self.depth = 0
        self.quote = None   # the open string's quote ('"""', "'''", '"' or "'"), or None

    def feed(self, line):
        i, n = 0, len(line)
        while i < n:
            ch = line[i]
            if self.quote:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if ch == '#':
                break
            if ch in '"\'':
                triple = line[i:i + 3]
                self.quote = triple if triple in ('"""', "'''") else ch
                i += len(self.quote)
                continue
            if ch in '([{':
                self.depth += 1
            elif ch in ')]}':
                self.depth = max(0, self.depth - 1)
            i += 1
        if self.quote in ('"', "'") and not line.rstrip('\n').endswith('\\'):
            self.quote = None   # a one-line string left open is a syntax error; do not carry it

    @property
    def open(self):
        return self.depth > 0 or self.quote is not None


def _code_part(line):
    """The line without its comment (only used on lines where no string is open)."""
    out, quote, i = [], None, 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == '\\':
                out.append(line[i:i + 2])
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in '"\'':
            quote = ch
        elif ch == '#':
            break
        out.append(ch)
        i += 1
    return ''.join(out).rstrip()


def getblock(lines):
    """The lines of the definition or statement that starts at lines[0]."""
    scanner = _Scanner()
    i = 0
    n = len(lines)
    # Decorators, then the header of the def/class (its logical line), or a whole statement.
    while i < n and lines[i].lstrip().startswith('@'):
        scanner.feed(lines[i])
        i += 1
        while i < n and scanner.open:
            scanner.feed(lines[i])
            i += 1
    if i >= n:
        return lines[:i]
    header = lines[i].lstrip()
    is_def = header.startswith(('def ', 'class ', 'async def ', 'def\t', 'class\t'))
    header_indent = indentsize(lines[i])
    start_header = i
    scanner.feed(lines[i])
    i += 1
    while i < n and scanner.open:
        scanner.feed(lines[i])
        i += 1
    if not is_def:
        return lines[:i]
    last_header = _code_part(''.join(lines[start_header:i]).replace('\n', ' '))
    if not last_header.endswith(':'):
        return lines[:i]   # `def f(): return 1`: the body is on the header line
    end = i
    body_indent = None
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith('#'):
            # Comments indented at least as far as the body belong to it, as CPython counts.
            if stripped and body_indent is not None and indentsize(line) >= body_indent:
                end = i + 1
            i += 1
            continue
        if body_indent is None:
            body_indent = indentsize(line)
        if indentsize(line) <= header_indent:
            break
        scanner.feed(line)
        i += 1
        while i < n and scanner.open:
            scanner.feed(lines[i])
            i += 1
        end = i
    return lines[:end]


def getsourcelines(object):
    """The lines of the object's source and the number of its first line (0 for a module)."""
    object = _unwrap(object)
    lines, lnum = findsource(object)
    if isinstance(object, types.TracebackType):
        object = object.tb_frame
    if isinstance(object, types.ModuleType) or (isinstance(object, types.FrameType)
                                                 and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code object;
    OSError when it cannot be read."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines right above the object's definition (or at the top of a module)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if isinstance(object, types.ModuleType):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None
