# Python-level warnings: filters, the once/default/module registries, showwarning/formatwarning,
# catch_warnings. The C++ side (src/modules/warnings.cpp) calls warn() for its own warnings.
# Message/module filters use a small private pattern matcher because pygen has no `re` yet.
# CPython counterpart: Lib/warnings.py (the Python fallback of Python/_warnings.c).
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


# ---- A tiny regular-expression subset for filter patterns ----
# Supports literals, '.', escapes (\d \w \s and escaped punctuation), [...] classes with ranges
# and negation, the quantifiers * + ?, '^' and '$' anchors and top-level '|'. Matching is
# anchored at the start, as re.match is.

class _Pattern:
    def __init__(self, pattern, ignorecase=False):
        self.pattern = pattern
        self.ignorecase = ignorecase
        self._alternatives = [self._parse(p) for p in self._split_alternatives(pattern)]

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.ignorecase == other.ignorecase)

    def __hash__(self):
        return hash((self.pattern, self.ignorecase))

    def __repr__(self):
        if self.ignorecase:
            return "re.compile({!r}, re.IGNORECASE)".format(self.pattern)
        return "re.compile({!r})".format(self.pattern)

    @staticmethod
    def _split_alternatives(pattern):
        parts, current, i, depth = [], '', 0, 0
        while i < len(pattern):
            ch = pattern[i]
            if ch == '\\' and i + 1 < len(pattern):
                current += pattern[i:i + 2]
                i += 2
                continue
            if ch == '[':
                depth = 1
            elif ch == ']':
                depth = 0
            if ch == '|' and not depth:
                parts.append(current)
                current = ''
            else:
                current += ch
            i += 1
        parts.append(current)
        return parts

    def _parse(self, pattern):
        tokens = []  # (predicate or '$', min, max)
        i = 0
        if pattern.startswith('^'):
            i = 1
        while i < len(pattern):
            ch = pattern[i]
            if ch == '$' and i == len(pattern) - 1:
                tokens.append(('$', 1, 1))
                i += 1
                continue
            if ch == '\\' and pattern[i + 1:i + 2] == 'Z':
                tokens.append(('Z', 1, 1))
                i += 2
                continue
            if ch == '.':
                pred = lambda c: c != '\n'
                i += 1
            elif ch == '\\':
                pred = self._escape(pattern[i + 1] if i + 1 < len(pattern) else '\\')
                i += 2
            elif ch == '[':
                end = pattern.index(']', i + 2 if pattern[i + 1:i + 2] in (']', '^') else i + 1)
                pred = self._char_class(pattern[i + 1:end])
                i = end + 1
            elif ch in '()':
                i += 1
                continue
            else:
                pred = self._literal(ch)
                i += 1
            lo, hi = 1, 1
            if i < len(pattern) and pattern[i] in '*+?':
                lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[pattern[i]]
                i += 1
            tokens.append((pred, lo, hi))
        return tokens

    def _literal(self, ch):
        if self.ignorecase:
            low = ch.lower()
            return lambda c: c.lower() == low
        return lambda c: c == ch

    def _escape(self, ch):
        if ch == 'd':
            return lambda c: c.isdigit()
        if ch == 'w':
            return lambda c: c.isalnum() or c == '_'
        if ch == 's':
            return lambda c: c.isspace()
        return self._literal(ch)

    def _char_class(self, body):
        negate = body.startswith('^')
        if negate:
            body = body[1:]
        ranges = []
        i = 0
        while i < len(body):
            lo = body[i]
            if lo == '\\' and i + 1 < len(body):
                lo = body[i + 1]
                i += 1
            if i + 2 < len(body) and body[i + 1] == '-':
                ranges.append((lo, body[i + 2]))
                i += 3
            else:
                ranges.append((lo, lo))
                i += 1
        fold = self.ignorecase

        def pred(c):
            cs = (c, c.lower(), c.upper()) if fold else (c,)
            hit = any(a <= x <= b for x in cs for a, b in ranges)
            return hit != negate
        return pred

    def _match_at(self, tokens, ti, text, pos):
        if ti == len(tokens):
            return pos
        pred, lo, hi = tokens[ti]
        if pred == 'Z':
            return self._match_at(tokens, ti + 1, text, pos) if pos == len(text) else None
        if pred == '$':
            if pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n'):
                return self._match_at(tokens, ti + 1, text, pos)
            return None
        count = 0
        limit = len(text) - pos if hi is None else min(hi, len(text) - pos)
        while count < limit and pred(text[pos + count]):
            count += 1
        while count >= lo:
            end = self._match_at(tokens, ti + 1, text, pos + count)
            if end is not None:
                return end
            count -= 1
        return None

    def match(self, text):
        for tokens in self._alternatives:
            if self._match_at(tokens, 0, text, 0) is not None:
                return True
        return None


# ---- Filters and registries ----

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _validate(*checks):
    # Each check: (test, complaint); the tests run lazily, in order, the first failing one
    # raising AssertionError with its complaint (CPython asserts these).
    for test, complaint in checks:
        assert test(), complaint


def _action_check(action):
    return (lambda: action in _ACTIONS, "invalid action: %r" % (action,))


def _lineno_check(lineno):
    return (lambda: isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front unless append)."""
    _validate(_action_check(action),
              (lambda: isinstance(message, str), "message must be a string"),
              (lambda: isinstance(category, type), "category must be a class"),
              (lambda: issubclass(category, Warning), "category must be a Warning subclass"),
              (lambda: isinstance(module, str), "module must be a string"),
              _lineno_check(lineno))
    # The message matches case-insensitively at its start, the module at its start (re.match).
    text_pattern = _Pattern(message, ignorecase=True) if message else None
    module_pattern = _Pattern(module) if module else None
    _add_filter(action, text_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    _validate(_action_check(action), _lineno_check(lineno))
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


# ---- Showing and formatting ----

class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        details = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, details):
            setattr(self, name, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _getline(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ''


def _allocation_note(source, category_name):
    # Where the warned-about object was allocated (tracemalloc's traceback), or how to find out.
    try:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
        frames = tracemalloc.get_object_traceback(source)
    except Exception:
        tracing, frames = True, None
    if frames is not None:
        lines = ['  File "%s", lineno %s\n' % (f.filename, f.lineno) for f in frames]
        return 'Object allocated at (most recent call last):\n' + ''.join(lines)
    if not tracing:
        return '%s: Enable tracemalloc to get the object allocation traceback\n' % category_name
    return ''


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    # "file:line: Category: message", then the source line (read from the file if not given).
    parts = ["%s:%s: %s: %s\n" % (msg.filename, msg.lineno, name, msg.message)]
    line = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        parts.append("  %s\n" % line.strip())
    if msg.source is not None:
        parts.append(_allocation_note(msg.source, name))
    return ''.join(parts)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# A program may replace showwarning or formatwarning (the module attributes): the
# WarningMessage is then spread into that function's arguments.

def _formatwarnmsg(msg):
    replacement = formatwarning
    if replacement is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return replacement(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg(msg):
    """Hook to show a WarningMessage: calls a user-replaced showwarning if there is one."""
    replacement = showwarning
    if replacement is _showwarning_orig:
        return _showwarnmsg_impl(msg)
    if not callable(replacement):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    replacement(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---- Issuing warnings ----

def _caller(stacklevel):
    """(globals, filename, lineno) of the frame stacklevel levels up from warn()'s caller;
    a level past the outermost frame is reported as sys, line 1, as CPython does."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '{}'".format(type(category).__name__))
    namespace, filename, lineno = _caller(stacklevel)
    module = namespace['__name__'] if '__name__' in namespace else "<string>"
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, namespace, source)


def _matches(pattern, text):
    # None matches everything, a plain str only itself (the default '__main__' filter), a
    # compiled pattern at the start of the text.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return pattern.match(text)


def _chosen_filter(text, category, module, lineno):
    """(action, filter) of the first filter matching the warning, else the default action."""
    for entry in filters:
        action, text_pattern, wanted, module_pattern, wanted_line = entry
        if not _matches(text_pattern, text):
            continue
        if not issubclass(category, wanted):
            continue
        if not _matches(module_pattern, module):
            continue
        if wanted_line and wanted_line != lineno:
            continue
        return action, entry
    return defaultaction, None


def _show_this_time(action, registry, key, text, category):
    """Records the warning as the action asks; False when it was shown before and the action
    shows it only once (per module for "module", per process for "once")."""
    if action == "always":
        return True
    registry[key] = 1
    if action == "default":
        return True
    book, marker = (onceregistry, (text, category)) if action == "once" else (registry, (text, category, 0))
    if book.get(marker):
        return False
    book[marker] = 1
    return True


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        # The file name, without a .py suffix, stands for the module.
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    # A registry filled under other filters is stale: start it afresh.
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _chosen_filter(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action not in ("once", "always", "module", "default"):
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, entry))
    if _show_this_time(action, registry, key, text, category):
        _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """Save the warnings filters and showwarning on entry and restore them on exit.

    With record=True, __enter__ returns a list that collects WarningMessage objects."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        self._entered = False
        # An action given here becomes a simplefilter() applied on entry.
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        # What __exit__ puts back: the filter list object itself, and the two show hooks.
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# The default filters of a release build of CPython 3.11.
simplefilter("default", category=DeprecationWarning, append=True)
filters[0] = ("default", None, DeprecationWarning, "__main__", 0)
simplefilter("ignore", category=DeprecationWarning, append=True)
simplefilter("ignore", category=PendingDeprecationWarning, append=True)
simplefilter("ignore", category=ImportWarning, append=True)
simplefilter("ignore", category=ResourceWarning, append=True)
_filters_version = 1


# ---- -W options and PYTHONWARNINGS (sys.warnoptions) ----
# Each option is action:message:category:module:lineno, fields optional; the last option given
# ends up first in the filters. A bad option is reported on stderr and skipped.

class _OptionError(Exception):
    pass


_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escaped(text):
    # What re.escape gives: the pattern characters preceded by a backslash.
    return ''.join('\\' + c if c in _RE_SPECIAL else c for c in text)


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for name in _ACTIONS:
        if name.startswith(text):
            return name
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    if not text:
        return Warning
    modname, dot, attr = text.rpartition('.')
    if not dot:
        import builtins
        found = getattr(builtins, text, None)
        if found is None:
            raise _OptionError("unknown warning category: %r" % (text,))
    else:
        try:
            module = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
        try:
            found = getattr(module, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (text,))
    return found


def _apply_option(option):
    fields = option.split(':')
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = [f.strip() for f in fields]
    action = _option_action(action)
    category = _option_category(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    message = _escaped(message) if message else ''
    module = _escaped(module) + '\\Z' if module else ''
    filterwarnings(action, message=message, category=category, module=module, lineno=lineno)


def _apply_warnoptions(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as err:
            print("Invalid -W option ignored:", err, file=sys.stderr)


if sys.warnoptions:
    _apply_warnoptions(sys.warnoptions)
    _filters_version = 1


def _warn_unawaited_coroutine(coro):
    """Called by the interpreter when a coroutine that never ran is finalized: warns
    "coroutine 'NAME' was never awaited", followed, when origin tracking recorded where it
    was created (sys.set_coroutine_origin_tracking_depth), by those frames outermost first."""
    text = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    origin = coro.cr_origin
    if origin is not None:
        import linecache
        parts = [text, "\nCoroutine created at (most recent call last)\n"]
        for filename, lineno, funcname in origin[::-1]:
            parts.append('  File "%s", line %d, in %s\n' % (filename, lineno, funcname))
            source = linecache.getline(filename, lineno).strip()
            if source:
                parts.append('    %s\n' % source)
        text = ''.join(parts).rstrip('\n')
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)
