"""Regular expressions with CPython's re API (Pattern, Match, sub, split, flags, error).

The syntax parser, compiler and backtracking matcher are C++ (_sre, src/modules/re/); this module
builds Pattern and Match objects around the raw marks _sre returns, expands sub() templates, runs
the scanning loops of findall/finditer/split/sub, and keeps the compiled-pattern cache.
CPython counterpart: Lib/re/__init__.py and the object parts of Modules/_sre/sre.c (behaviour only).
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


# ---- Flags ----

# Names in the order CPython's RegexFlag repr lists them.
_FLAG_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
               ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """An int whose repr names the re flags it holds (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_ORDER if value & bit]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# The order of Pattern.__repr__ (sre.c's flag_names table).
_REPR_FLAGS = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
               ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
               ("re.ASCII", 256))


# ---- Errors ----

class error(Exception):
    """A regular expression or replacement template is invalid.

    msg: the unformatted message; pattern: the pattern or template; pos: the index where it
    failed (or None); lineno/colno: pos as a line and column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


# ---- Helpers ----

def _check_subject(pattern_is_bytes, string):
    if isinstance(string, str):
        if pattern_is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray, memoryview)):
        if not pattern_is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return method(value)


def _ssize(value):
    # A position must fit a C ssize_t, as CPython's argument parsing requires.
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _slice(string, start, end):
    # Groups of a bytearray (or other buffer) subject are bytes, as in CPython.
    piece = string[start:end]
    if not isinstance(piece, (str, bytes)):
        piece = bytes(piece)
    return piece


def _clamp(pos, endpos, length):
    pos = _as_index(pos)
    endpos = _as_index(endpos)
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    if endpos < pos:
        endpos = pos
    return pos, endpos


# ---- Match ----

class Match:
    """The result of a successful match: groups, spans and the subject they index."""

    def __init__(self, pattern, string, pos, endpos, raw):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = raw[1:]
        self.lastindex = None if raw[0] < 0 else raw[0]

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                index = group.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._marks[2 * index]
        end = self._marks[2 * index + 1]
        if start < 0 or end < 0:
            return default
        return _slice(self.string, start, end)

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        # A plain loop over the marks, not a generator of _get calls: json's decoder calls this
        # for every string chunk it scans (pyperformance json_loads spent ~1 us a call here).
        marks = self._marks
        string = self.string
        exact = string.__class__ is str or string.__class__ is bytes
        out = []
        for i in range(2, 2 * self.re.groups + 2, 2):
            start = marks[i]
            end = marks[i + 1]
            if start < 0 or end < 0:
                out.append(default)
            elif exact:
                out.append(string[start:end])
            else:
                out.append(_slice(string, start, end))
        return tuple(out)

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    # start/end/span: an exact int in range indexes the marks directly (the common m.end()).
    def start(self, group=0):
        if group.__class__ is int and 0 <= group <= self.re.groups:
            return self._marks[2 * group]
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        if group.__class__ is int and 0 <= group <= self.re.groups:
            return self._marks[2 * group + 1]
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        index = group if group.__class__ is int and 0 <= group <= self.re.groups else self._index(group)
        return (self._marks[2 * index], self._marks[2 * index + 1])

    @property
    def regs(self):
        return tuple((self._marks[2 * i], self._marks[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, template, self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __bool__(self):
        return True

    def __repr__(self):
        text = repr(self.group(0))
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._marks[0], self._marks[1], text[:50])

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


Match.__module__ = "re"


# ---- Pattern ----

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, program):
        self.pattern = pattern
        self._program = program
        self._is_bytes = not isinstance(pattern, str)
        info = program.info()
        self.flags = info[0]
        self.groups = info[1]
        self.groupindex = info[2]
        self._template_cache = {}

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, must_advance=False):
        if string.__class__ is str and pos.__class__ is int and endpos.__class__ is int \
                and not self._is_bytes:
            # The usual call: _check_subject and _clamp's work inline (json's decoder matches
            # once per string chunk and number).
            length = len(string)
            if pos < 0:
                pos = 0 if pos >= -_MAXSIZE - 1 else _ssize(pos)
            elif pos > length:
                pos = length if pos <= _MAXSIZE else _ssize(pos)
            if endpos < 0:
                endpos = 0 if endpos >= -_MAXSIZE - 1 else _ssize(endpos)
            elif endpos > length:
                endpos = length if endpos <= _MAXSIZE else _ssize(endpos)
            if endpos < pos:
                endpos = pos
        else:
            # As in CPython, the positions are converted (and range-checked) before the subject.
            pos, endpos = _ssize(_as_index(pos)), _ssize(_as_index(endpos))
            _check_subject(self._is_bytes, string)
            pos, endpos = _clamp(pos, endpos, len(string))
        raw = self._program.match(string, pos, endpos, mode, must_advance)
        if raw is None:
            return None
        return Match(self, string, pos, endpos, raw)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE):
        # Successive non-overlapping matches; after an empty match the next one may not be empty
        # at the same place (CPython 3.7+ rules for findall/finditer/sub/split).
        _check_subject(self._is_bytes, string)
        pos, endpos = _clamp(pos, endpos, len(string))
        program = self._program
        must_advance = False
        while pos <= endpos:
            raw = program.match(string, pos, endpos, 2, must_advance)
            if raw is None:
                return
            yield Match(self, string, pos, endpos, raw)
            must_advance = raw[1] == raw[2]
            pos = raw[2]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        result = []
        groups = self.groups
        empty = b"" if self._is_bytes else ""
        for m in self._scan(string, pos, endpos):
            if groups == 0:
                result.append(m._get(0))
            elif groups == 1:
                result.append(m._get(1, empty))
            else:
                result.append(tuple(m._get(i, empty) for i in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        count = 0
        for m in self._scan(string):
            if maxsplit and count >= maxsplit:
                break
            result.append(_slice(string, last, m._marks[0]))
            for i in range(1, self.groups + 1):
                result.append(m._get(i))
            last = m._marks[1]
            count += 1
        result.append(_slice(string, last, len(string)))
        return result

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            items = _compile_template(self, repl)
            if len(items) == 1 and not isinstance(items[0], int) and items[0] is not None:
                literal = items[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _apply_template(items, m)
        pieces = []
        last = 0
        n = 0
        for m in self._scan(string):
            if count and n >= count:
                break
            start, end = m._marks[0], m._marks[1]
            if last < start:
                pieces.append(_slice(string, last, start))
            item = expand(m)
            if item is not None:
                pieces.append(item)
            last = end
            n += 1
        if last < len(string):
            pieces.append(_slice(string, last, len(string)))
        joiner = string[:0]
        if not isinstance(joiner, (str, bytes)):   # bytearray, memoryview
            joiner = b""
        return joiner.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and self._is_bytes == other._is_bytes

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


Pattern.__module__ = "re"


class _Scanner:
    """Pattern.scanner(): match() and search() that continue where the last match ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        _check_subject(pattern._is_bytes, string)
        self._pos, self._endpos = _clamp(pos, endpos, len(string))
        self._must_advance = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        raw = self.pattern._program.match(self._string, self._pos, self._endpos, mode, self._must_advance)
        if raw is None:
            self._pos = self._endpos + 1
            return None
        m = Match(self.pattern, self._string, self._pos, self._endpos, raw)
        self._must_advance = raw[1] == raw[2]
        self._pos = raw[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# ---- Replacement templates ----

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OCTAL = "01234567"
_DIGITS = "0123456789"


def _compile_template(pattern, repl):
    """repl as a list of literal pieces (str or bytes) and group indices (int)."""
    cache = pattern._template_cache
    key = (type(repl), repl)
    items = cache.get(key)
    if items is not None:
        return items
    if pattern._is_bytes:
        if not isinstance(repl, (bytes, bytearray, str)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        if isinstance(repl, str):
            return [repl]   # the join of the pieces raises CPython's TypeError
        text = bytes(repl).decode("latin-1")
    else:
        if isinstance(repl, (bytes, bytearray)):
            return [repl]
        if not isinstance(repl, str):
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        text = repl
    items = _parse_template(pattern, text, repl)
    if pattern._is_bytes:
        items = [item if isinstance(item, int) else item.encode("latin-1") for item in items]
    if len(cache) >= 100:
        cache.clear()
    cache[key] = items
    return items


def _parse_template(pattern, text, source):
    items = []
    literal = []
    groups = pattern.groups
    n = len(text)
    i = 0

    def add_group(index):
        if literal:
            items.append("".join(literal))
            literal.clear()
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", source, start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", source, i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    raise error("missing group name", source, i)
                raise error("missing >, unterminated name", source, i)
            name = text[i:close]
            if not name:
                raise error("missing group name", source, i)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise error("bad character in group name %r" % name, source, i) from None
                if index > groups:
                    raise error("invalid group reference %d" % index, source, i)
            i = close + 1
            add_group(index)
        elif c == "0":
            value = 0
            for _ in range(2):
                if i < n and text[i] in _OCTAL:
                    value = value * 8 + int(text[i])
                    i += 1
            literal.append(chr(value))
        elif c in _DIGITS:
            index = int(c)
            if i < n and text[i] in _DIGITS:
                if (c in _OCTAL and text[i] in _OCTAL and i + 1 < n and text[i + 1] in _OCTAL):
                    value = int(text[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377" % text[start:i + 2], source, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                index = index * 10 + int(text[i])
                i += 1
            if index > groups:
                raise error("invalid group reference %d" % index, source, start + 1)
            add_group(index)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape %s" % text[start:i], source, start)
        else:
            literal.append("\\" + c)
    if literal or not items:
        items.append("".join(literal))
    return items


def _apply_template(items, m):
    empty = m.string[:0]
    if not isinstance(empty, (str, bytes)):   # bytearray, memoryview
        empty = b""
    parts = []
    for item in items:
        if isinstance(item, int):
            value = m._get(item)
            if value is not None:
                parts.append(value)
        else:
            parts.append(item)
    return empty.join(parts)


def _expand(pattern, template, m):
    return _apply_template(_compile_template(pattern, template), m)


# ---- Module functions ----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    program = _sre.compile(pattern, flags, error)
    p = Pattern(pattern, flags, program)
    if key is not None and not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")


# ---- Scanner ----

class Scanner:
    """A tokenizer from a lexicon of (pattern, action) pairs: scan() matches the patterns, first
    listed first, from where the last match ended, and collects each action's result (an action
    that is None drops the text; a callable is called with the scanner and the matched text).
    Undocumented in CPython but public, and used by real programs.
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # Each phrase becomes one capturing group of an alternation; its own groups follow it, so
        # the matched phrase is the group that closed last (Match.lastindex).
        self._actions = {}
        parts = []
        index = 1
        for phrase, action in lexicon:
            self._actions[index] = action
            parts.append(phrase)
            index += 1 + _compile(phrase, flags).groups
        if parts and isinstance(parts[0], bytes):
            joined = b"|".join(b"(" + p + b")" for p in parts)
        else:
            joined = "|".join("(" + p + ")" for p in parts)
        self.scanner = _compile(joined, flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        end = 0
        while True:
            m = match()
            if not m or m.end() == end:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            end = m.end()
        return result, string[end:]
