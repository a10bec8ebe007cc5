"""traceback: extract, format and print stacks and exceptions as Python 3.11 shows them.

A traceback or frame chain becomes a StackSummary of FrameSummary entries (file, line, function,
source text and, from a traceback, the column span of the failing expression); a
TracebackException adds the exception's message, notes and cause/context chain or group
members. Formatting follows 3.11.7's output, caret lines included: the '~'/'^' split under a
binary operator or subscript comes from pygen's parser (pygen._caret_anchors) where CPython
uses the ast module. pygen's own design; CPython counterpart: Lib/traceback.py.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3    # identical consecutive entries printed before the "repeated" line

_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"

_MISSING = object()      # "argument not given", for the (exc, value, tb) calling forms


# ---------------------------------------------------------------------------------------------
# Module functions
# ---------------------------------------------------------------------------------------------

def _report(exc, value, tb, limit):
    """The TracebackException for the two calling conventions: (exc) or (type, value, tb)."""
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            value = tb = None
        elif isinstance(exc, BaseException):
            value, tb = exc, exc.__traceback__
        else:
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    _report(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    return list(_report(exc, value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_MISSING):
    shown = exc if value is _MISSING else value
    return list(TracebackException(type(shown), shown, None, compact=True)
                .format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    kind, value, tb = sys.exc_info()
    print_exception(kind, value, tb, limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if getattr(sys, "last_type", _MISSING) is _MISSING:
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def print_list(extracted_list, file=None):
    out = sys.stderr if file is None else file
    for chunk in StackSummary.from_list(extracted_list).format():
        print(chunk, file=out, end="")


def format_list(extracted_list):
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def extract_tb(tb, limit=None):
    return StackSummary._collect(_tb_entries(tb), limit=limit)


def format_tb(tb, limit=None):
    summary = extract_tb(tb, limit=limit)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def extract_stack(f=None, limit=None):
    start = sys._getframe().f_back if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()      # outermost first
    return summary


def format_stack(f=None, limit=None):
    return format_list(extract_stack(sys._getframe().f_back if f is None else f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(sys._getframe().f_back if f is None else f, limit=limit),
               file=file)


def clear_frames(tb):
    """Clears the locals of the traceback's frames (a frame still running is left alone)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


def _final_line(type_name, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, text)


# CPython's private name, kept for callers of the 3.x API.
_format_final_exc_line = _final_line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return '<%s %s() failed>' % (what, func.__name__)

# ---------------------------------------------------------------------------------------------
# Walking frames
# ---------------------------------------------------------------------------------------------

def walk_stack(f):
    """(frame, lineno) from f outwards; with f None, from the caller of the caller."""
    if f is None:
        # this generator's frame, the extract_stack-style caller, its caller, ...
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each traceback entry, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


_NO_POSITION = (None, None, None, None)


def _instruction_position(code, lasti):
    """(line, end line, column, end column) of the instruction a traceback entry stopped at.
    pygen's tb_lasti counts instructions; CPython's counts bytes (two per code unit)."""
    if lasti < 0:
        return _NO_POSITION
    index = lasti if sys.implementation.name == 'pygen' else lasti // 2
    for position, span in enumerate(code.co_positions()):
        if position == index:
            return span
    return _NO_POSITION


def _tb_entries(tb):
    # (frame, (line, end line, column, end column)) per entry; the entry's own line wins
    # when the instruction has none
    while tb is not None:
        span = _instruction_position(tb.tb_frame.f_code, tb.tb_lasti)
        if span[0] is None:
            span = (tb.tb_lineno,) + tuple(span[1:])
        yield tb.tb_frame, span
        tb = tb.tb_next

# ---------------------------------------------------------------------------------------------
# Frame and stack summaries
# ---------------------------------------------------------------------------------------------

class FrameSummary:
    """One stack entry: filename, lineno, name, the stripped source line (read lazily), the
    column span when known, and the locals' reprs when captured."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line          # the raw line (None until read)
        if lookup_line:
            self.line
        self.locals = {key: repr(value) for key, value in locals.items()} if locals else None

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals)
                    == (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)  # '' when unknown
        return self._line.strip()


def _chars_before(text, byte_offset):
    """Characters of text within its first byte_offset UTF-8 bytes."""
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


# Character ranges a terminal draws two cells wide (East Asian Wide and Fullwidth), used when
# the unicodedata module is not available.
_WIDE_RANGES = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF),
                (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
                (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F),
                (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD))


def _cells(char):
    try:
        import unicodedata
    except ImportError:
        code = ord(char)
        return 2 if any(low <= code <= high for low, high in _WIDE_RANGES) else 1
    return 2 if unicodedata.east_asian_width(char) in 'WF' else 1


def _display_width(line, offset):
    """Terminal cells taken by the first offset characters of line."""
    if line.isascii():
        return offset
    return sum(_cells(char) for char in line[:offset])


def _caret_anchors(segment):
    """(end of the left operand, start of the right) inside a binary operation or subscript
    spanning segment, as character offsets; None for anything else."""
    try:
        import pygen
    except ImportError:
        return None
    return pygen._caret_anchors(segment)


def _caret_line(summary, stripped):
    """The marker line under an entry's source, or None when it would mark the whole line."""
    raw = summary._original_line
    indent = len(raw) - len(summary.line.lstrip())
    start = _chars_before(raw, summary.colno)
    end = _chars_before(raw, summary.end_colno)
    segment = raw[start:end]
    anchors = None
    if summary.lineno == summary.end_lineno:
        try:
            anchors = _caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(raw.rstrip())     # a multi-line expression is marked to the line's end
    split = anchors is not None and anchors[1] - anchors[0] > 0
    if end - start >= len(stripped) and not split:
        return None
    first = _display_width(raw, start) + 1
    last = _display_width(raw, end) + 1
    marks = ' ' * (first - indent)
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        marks += '~' * left + '^' * (right - left) + '~' * (last - first - right)
    else:
        marks += '^' * (last - first)
    return '    ' + marks + '\n'


class StackSummary(list):
    """A list of FrameSummary entries with the formatting of a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, lineno) pairs, as walk_stack and walk_tb make them."""
        spans = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._collect(spans, limit=limit, lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _collect(klass, entries, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            # sys.tracebacklimit, if set, caps the entries (a negative value means none)
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None:
                limit = max(limit, 0)
        if limit is not None:
            if limit >= 0:
                kept = []
                for entry in entries:
                    if len(kept) == limit:
                        break
                    kept.append(entry)
            else:
                kept = list(entries)[limit:]     # the innermost -limit entries
            entries = kept
        summary = klass()
        files = set()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    # CPython's private name for the same constructor
    _extract_from_extended_frame_gen = _collect

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """One entry's text: the 'File' line, the source, the markers, the locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename,
                                                        frame_summary.lineno,
                                                        frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            parts.append('    ' + stripped + '\n')
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                marks = _caret_line(frame_summary, stripped)
                if marks:
                    parts.append(marks)
        for name, value in sorted((frame_summary.locals or {}).items()):
            parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        """The entries' texts; a run of more than _RECURSIVE_CUTOFF identical entries is cut
        to that many and a "[Previous line repeated N more times]" line."""
        result = []
        previous = None
        run = 0

        def note_repeats():
            extra = run - _RECURSIVE_CUTOFF
            if extra > 0:
                result.append(f'  [Previous line repeated {extra} more '
                              f'time{"s" if extra > 1 else ""}]\n')

        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if previous is None or None in previous or key != previous:
                note_repeats()
                previous, run = key, 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                result.append(text)
        note_repeats()
        return result

# ---------------------------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------------------------

class _ExceptionPrintContext:
    """Where the printing of nested exception groups stands: the depth sets the indent and the
    '| ' (or '+ ') margin."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0    # groups entered
        self.need_close = False           # a closing rule is owed after the last member

    def indent(self):
        return '  ' * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth > 0:
            prefix += (margin_char or '|') + ' '
        for text in ([text_gen] if isinstance(text_gen, str) else text_gen):
            yield ''.join(prefix + line for line in text.splitlines(True))


def _is_sequence(obj):
    # collections.abc.Sequence, with the common types decided without importing it
    if isinstance(obj, (str, bytes, tuple, list, range)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)


class TracebackException:
    """An exception captured for rendering later, holding no reference to it.

    Attributes: exc_type, stack (a StackSummary), __cause__ and __context__ (TracebackException
    or None), __suppress_context__, __notes__, exceptions (for exception groups, else None),
    and for SyntaxError filename, lineno, end_lineno, text, offset, end_offset and msg.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        nested = _seen is not None
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._collect(_tb_entries(exc_traceback), limit=limit,
                                           lookup_lines=lookup_lines,
                                           capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')   # str() now, the value is not kept
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._copy_syntax_error(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if nested:
            return      # the outermost call links the whole tree, without recursion

        def capture(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                      max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=seen)

        pending = [(self, exc_value)]
        while pending:
            node, exc = pending.pop()
            cause = context = members = None
            if exc and exc.__cause__ is not None and id(exc.__cause__) not in seen:
                cause = capture(exc.__cause__)
            wants_context = (not compact) or (cause is None and exc is not None
                                              and not exc.__suppress_context__)
            if (exc and exc.__context__ is not None and wants_context
                    and id(exc.__context__) not in seen):
                context = capture(exc.__context__)
            if exc and isinstance(exc, BaseExceptionGroup):
                members = [capture(member) for member in exc.exceptions]
            node.__cause__, node.__context__, node.exceptions = cause, context, members
            if cause:
                pending.append((cause, exc.__cause__))
            if context:
                pending.append((context, exc.__context__))
            if members:
                pending.extend(zip(members, exc.exceptions))

    def _copy_syntax_error(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        tb = exc.__traceback__
        return cls(type(exc), exc, tb, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'module.Type: message' line (after a SyntaxError's location lines), then the
        notes, one line per line of each note."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            name = (module if isinstance(module, str) else "<unknown>") + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if _is_sequence(notes):
            for note in notes:
                for piece in _safe_string(note, 'note').split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        if self.text is not None:
            right_trimmed = self.text.rstrip('\n')
            shown = right_trimmed.lstrip(' \n\f')
            trimmed = len(right_trimmed) - len(shown)
            yield '    ' + shown + '\n'
            if self.offset is not None:
                first = self.offset
                last = first if self.end_offset in (None, 0) else self.end_offset
                if last == first or last == -1:
                    last = first + 1
                start, stop = first - 1 - trimmed, last - 1 - trimmed
                if start >= 0:
                    # tabs and other whitespace kept so the carets line up
                    lead = ''.join(c if c.isspace() else ' ' for c in shown[:start])
                    yield '    ' + lead + '^' * (stop - start) + '\n'
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def _chain(self, follow):
        """[(message before it or None, exception)] from the innermost cause outwards."""
        links = []
        current = self
        while current:
            if not follow:
                links.append((None, current))
                break
            if current.__cause__ is not None:
                after = (_cause_message, current.__cause__)
            elif current.__context__ is not None and not current.__suppress_context__:
                after = (_context_message, current.__context__)
            else:
                after = (None, None)
            links.append((after[0], current))
            current = after[1]
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None):
        """The report's lines, as the interpreter prints an uncaught exception."""
        ctx = _ExceptionPrintContext() if _ctx is None else _ctx
        for message, exc in self._chain(chain):
            if message is not None:
                yield from ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(exc.stack.format())
                yield from ctx.emit(exc.format_exception_only())
            elif ctx.exception_group_depth > self.max_group_depth:
                yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, ctx, self.max_group_width)

    def _format_group(self, chain, ctx, width):
        outermost = ctx.exception_group_depth == 0
        if outermost:
            ctx.exception_group_depth = 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if outermost else None)
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        shown = total if total <= width else width + 1    # the extra one says "and N more"
        ctx.need_close = False
        for position in range(shown):
            final = position == shown - 1
            if final:
                ctx.need_close = True
            cut = width is not None and position >= width
            title = '...' if cut else str(position + 1)
            yield (ctx.indent() + ('+-' if position == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            ctx.exception_group_depth += 1
            if cut:
                rest = total - width
                yield from ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from self.exceptions[position].format(chain=chain, _ctx=ctx)
            if final and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if outermost:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end="")
