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


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front unless append)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message_re = _Pattern(message, ignorecase=True) if message else None
    module_re = _Pattern(module + "$") if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


# ---- Showing and formatting ----

class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

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


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "{}:{}: {}: {}\n".format(msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        line = _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # As CPython: where the source object was allocated, or how to find out.
        try:
            import tracemalloc
            suggest_tracemalloc = not tracemalloc.is_tracing()
            tb = tracemalloc.get_object_traceback(msg.source)
        except Exception:
            suggest_tracemalloc = False
            tb = None
        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
        elif suggest_tracemalloc:
            s += '%s: Enable tracemalloc to get the object allocation traceback\n' % category
    return s


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
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Hook to show a WarningMessage: calls a user-replaced showwarning if there is one."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- Issuing warnings ----

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_['__name__'] if '__name__' in globals_ else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """Save the warnings filters and showwarning on entry and restore them on exit.

    With record=True, __enter__ returns a list that collects WarningMessage objects."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# The default filters of a release build of CPython 3.11.
simplefilter("default", category=DeprecationWarning, append=True)
filters[0] = ("default", None, DeprecationWarning, _Pattern("__main__$"), 0)
simplefilter("ignore", category=DeprecationWarning, append=True)
simplefilter("ignore", category=PendingDeprecationWarning, append=True)
simplefilter("ignore", category=ImportWarning, append=True)
simplefilter("ignore", category=ResourceWarning, append=True)
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
