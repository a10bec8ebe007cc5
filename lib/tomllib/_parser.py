# The TOML reader behind tomllib (see __init__.py). Every error is a TOMLDecodeError whose
# message ends with where it happened: "(at line L, column C)" or "(at end of document)".

import re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error while decoding TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string; return a dict."""
    # Line ends are normalised first; a bytes argument fails there, as in CPython.
    text = s.replace('\r\n', '\n')
    if not isinstance(text, str):
        raise TypeError(f"Expected str object, not '{type(s).__qualname__}'")
    return _Reader(text, parse_float).document()


_BARE_KEY = re.compile(r'[A-Za-z0-9_-]+')
_DATE = r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])'
_TIME = r'([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.(\d+))?'
_DATETIME = re.compile(_DATE + r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?')
_LOCAL_TIME = re.compile(_TIME)
_DIGITS = r'\d(?:_?\d)*'
_NUMBER = re.compile(
    r'0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*'
    r'|[+-]?(?:0|[1-9](?:_?\d)*)(?:\.' + _DIGITS + r')?(?:[eE][+-]?' + _DIGITS + r')?')
_SPECIAL_FLOAT = re.compile(r'[+-]?(?:inf|nan)')
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def _bad_char(ch):
    """Control characters other than tab may not appear in strings or comments."""
    return (ch < ' ' and ch != '\t') or ch == '\x7f'


class _Reader:
    def __init__(self, text, parse_float):
        self.text = text
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        # How each table (by its key path) came to be, for TOML's redefinition rules:
        # 'header' ([a]), 'array' ([[a]]), 'dotted' (a.b = ...), 'inline' ({...} or [...]).
        self.origin = {}

    # -- positions and errors ------------------------------------------------------------------

    def error(self, message, at=None):
        at = self.pos if at is None else at
        if at >= len(self.text):
            where = 'end of document'
        else:
            line = self.text.count('\n', 0, at) + 1
            column = at - self.text.rfind('\n', 0, at)
            where = f'line {line}, column {column}'
        return TOMLDecodeError(f'{message} (at {where})')

    def peek(self, n=1):
        return self.text[self.pos:self.pos + n]

    def skip_blanks(self):
        while self.peek() in (' ', '\t') and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() != '#':
            return
        self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] != '\n':
            ch = self.text[self.pos]
            if _bad_char(ch):
                raise self.error(f'Found invalid character {ch!r}')
            self.pos += 1

    def skip_space_in_array(self):
        """Blanks, newlines and comments, as allowed between array items."""
        while True:
            self.skip_blanks()
            self.skip_comment()
            if self.peek() != '\n':
                return
            self.pos += 1

    # -- document structure --------------------------------------------------------------------

    def document(self):
        current = ()
        while True:
            self.skip_blanks()
            if self.pos >= len(self.text):
                return self.root
            ch = self.peek()
            if ch == '\n':
                self.pos += 1
                continue
            if ch == '#':
                self.skip_comment()
            elif ch == '[':
                current = self.header()
            elif ch in '"\'' or _BARE_KEY.match(ch):
                self.key_value(current)
            else:
                raise self.error('Invalid statement')
            self.skip_blanks()
            self.skip_comment()
            if self.pos < len(self.text) and self.peek() != '\n':
                raise self.error('Expected newline or end of document after a statement')

    def header(self):
        is_array = self.peek(2) == '[['
        self.pos += 2 if is_array else 1
        self.skip_blanks()
        path = self.key()
        self.skip_blanks()
        if is_array:
            self.declare_array_item(path)
            if self.peek(2) != ']]':
                raise self.error("Expected ']]' at the end of an array declaration")
            self.pos += 2
        else:
            self.declare_table(path)
            if self.peek() != ']':
                raise self.error("Expected ']' at the end of a table declaration")
            self.pos += 1
        return path

    def walk(self, path, create_as):
        """The dict at path (the last item of arrays of tables), created where missing."""
        node = self.root
        for depth in range(len(path)):
            prefix = path[:depth + 1]
            part = path[depth]
            if part not in node:
                node[part] = {}
                self.origin[prefix] = create_as
            child = node[part]
            if isinstance(child, list):
                if self.origin.get(prefix) != 'array':
                    raise self.error('Cannot mutate immutable namespace %r' % (prefix,))
                child = child[-1]
            elif not isinstance(child, dict):
                raise self.error('Cannot overwrite a value')
            elif self.origin.get(prefix) == 'inline':
                raise self.error('Cannot mutate immutable namespace %r' % (prefix,))
            node = child
        return node

    def check_not_inside_inline(self, path):
        """A header may not reach into an inline table (it was complete when written)."""
        for depth in range(1, len(path)):
            if self.origin.get(path[:depth]) == 'inline':
                raise self.error('Cannot declare %r twice' % (path,))

    def declare_table(self, path):
        self.check_not_inside_inline(path)
        parent = self.walk(path[:-1], 'implicit')
        last = path[-1]
        if last in parent:
            existing = parent[last]
            if not isinstance(existing, dict) or self.origin.get(path) in (
                    'header', 'dotted', 'inline', 'array'):
                raise self.error('Cannot declare %r twice' % (path,))
            self.origin[path] = 'header'
            return
        parent[last] = {}
        self.origin[path] = 'header'

    def declare_array_item(self, path):
        self.check_not_inside_inline(path)
        if self.origin.get(path) == 'inline':
            raise self.error('Cannot mutate immutable namespace %r' % (path,))
        parent = self.walk(path[:-1], 'implicit')
        last = path[-1]
        existing = parent.get(last)
        if existing is None:
            parent[last] = [{}]
            self.origin[path] = 'array'
        elif isinstance(existing, list) and self.origin.get(path) == 'array':
            existing.append({})
        else:
            raise self.error('Cannot declare %r twice' % (path,))
        # Tables under the previous item do not carry over to the new one.
        for known in [p for p in self.origin if len(p) > len(path) and p[:len(path)] == path]:
            del self.origin[known]

    def key_value(self, table_path, target=None):
        """key = value: into the table at table_path (or into the dict target, inline)."""
        path = self.key()
        self.skip_blanks()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_blanks()
        value = self.value()
        if target is None:
            full = table_path + path
            for depth in range(len(table_path) + 1, len(full)):
                # Dotted keys may not extend a table that a header of its own declared.
                if self.origin.get(full[:depth]) in ('header', 'array'):
                    raise self.error('Cannot redefine namespace %r' % (full[:depth],))
            node = self.walk(full[:-1], 'dotted') if len(path) > 1 else self.walk(table_path, 'implicit')
        else:
            node = target
            for part in path[:-1]:
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    raise self.error('Cannot overwrite a value')
        if path[-1] in node:
            raise self.error('Cannot overwrite a value')
        node[path[-1]] = value
        if target is None and isinstance(value, (dict, list)):
            # Inline tables and arrays are complete: later statements may not extend them.
            self.origin[table_path + path] = 'inline'

    def key(self):
        """A dotted key as a tuple of its parts."""
        parts = [self.key_part()]
        while True:
            self.skip_blanks()
            if self.peek() != '.':
                return tuple(parts)
            self.pos += 1
            self.skip_blanks()
            parts.append(self.key_part())

    def key_part(self):
        ch = self.peek()
        if ch == '"':
            return self.basic_string()
        if ch == "'":
            return self.literal_string()
        found = _BARE_KEY.match(self.text, self.pos)
        if found is None:
            raise self.error('Invalid initial character for a key part')
        self.pos = found.end()
        return found.group()

    # -- values ------------------------------------------------------------------------------

    def value(self):
        ch = self.peek()
        if ch == '"':
            return self.multiline_basic() if self.peek(3) == '"""' else self.basic_string()
        if ch == "'":
            return self.multiline_literal() if self.peek(3) == "'''" else self.literal_string()
        if ch == '[':
            return self.array()
        if ch == '{':
            return self.inline_table()
        for word, result in (('true', True), ('false', False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.scalar()

    def scalar(self):
        start = self.pos
        found = _DATETIME.match(self.text, start)
        if found:
            return self.datetime_value(found)
        found = _LOCAL_TIME.match(self.text, start)
        if found:
            import datetime
            self.pos = found.end()
            hour, minute, second, frac = found.groups()
            return datetime.time(int(hour), int(minute), int(second), _micro(frac))
        found = _SPECIAL_FLOAT.match(self.text, start)
        if found:
            self.pos = found.end()
            return self.float_value(found.group())
        found = _NUMBER.match(self.text, start)
        if found and found.group() not in ('+', '-', ''):
            text = found.group()
            self.pos = found.end()
            if text[:2] in ('0x', '0o', '0b'):
                return int(text, 0)
            if any(c in text for c in '.eE'):
                return self.float_value(text.replace('_', ''))
            return int(text.replace('_', ''))
        raise self.error('Invalid value')

    def float_value(self, text):
        value = self.parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value

    def datetime_value(self, found):
        import datetime
        (year, month, day, hour, minute, second, frac, zulu, sign, off_h,
         off_m) = found.groups()
        try:
            if hour is None:
                result = datetime.date(int(year), int(month), int(day))
            else:
                zone = None
                if zulu:
                    zone = datetime.timezone.utc
                elif sign:
                    delta = datetime.timedelta(hours=int(off_h), minutes=int(off_m))
                    zone = datetime.timezone(-delta if sign == '-' else delta)
                result = datetime.datetime(int(year), int(month), int(day), int(hour),
                                           int(minute), int(second), _micro(frac), tzinfo=zone)
        except ValueError:
            raise self.error('Invalid date or datetime', found.start()) from None
        self.pos = found.end()
        return result

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_space_in_array()
            if self.peek() == ']':
                self.pos += 1
                return items
            items.append(self.value())
            self.skip_space_in_array()
            ch = self.peek()
            if ch == ']':
                self.pos += 1
                return items
            if ch != ',':
                raise self.error('Unclosed array')
            self.pos += 1

    def inline_table(self):
        self.pos += 1
        table = {}
        self.skip_blanks()
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            self.key_value((), target=table)
            self.skip_blanks()
            ch = self.peek()
            if ch == '}':
                self.pos += 1
                return table
            if ch != ',':
                raise self.error('Unclosed inline table')
            self.pos += 1
            self.skip_blanks()

    # -- strings -----------------------------------------------------------------------------

    def literal_string(self):
        self.pos += 1
        start = self.pos
        while True:
            if self.pos >= len(self.text):
                raise self.error('Unterminated string')
            ch = self.text[self.pos]
            if ch == "'":
                self.pos += 1
                return self.text[start:self.pos - 1]
            if _bad_char(ch):
                # (CPython words this one differently from the basic string's.)
                raise self.error(f'Found invalid character {ch!r}')
            self.pos += 1

    def basic_string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                raise self.error('Unterminated string')
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return ''.join(out)
            if ch == '\\':
                out.append(self.escape(multiline=False))
                continue
            if _bad_char(ch):
                raise self.error(f'Illegal character {ch!r}')
            out.append(ch)
            self.pos += 1

    def escape(self, multiline):
        code = self.text[self.pos + 1:self.pos + 2]
        if multiline and code in (' ', '\t', '\n'):
            # A backslash ending a line trims it and the blank space that follows.
            probe = self.pos + 1
            while probe < len(self.text) and self.text[probe] in ' \t':
                probe += 1
            if self.text[probe:probe + 1] != '\n':
                self.pos += 2
                raise self.error("Unescaped '\\' in a string")
            while probe < len(self.text) and self.text[probe] in ' \t\n':
                probe += 1
            self.pos = probe
            return ''
        if code in _ESCAPES:
            self.pos += 2
            return _ESCAPES[code]
        if code in ('u', 'U'):
            width = 4 if code == 'u' else 8
            digits = self.text[self.pos + 2:self.pos + 2 + width]
            if len(digits) != width or not all(c in '0123456789abcdefABCDEF' for c in digits):
                self.pos += 2
                raise self.error('Invalid hex value')
            self.pos += 2 + width
            number = int(digits, 16)
            if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
                raise self.error('Escaped character is not a Unicode scalar value')
            return chr(number)
        self.pos += 2
        raise self.error("Unescaped '\\' in a string")

    def multiline_basic(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                raise self.error('Unterminated string')
            if self.peek(3) == '"""':
                return self.close_multiline('"', out)
            ch = self.text[self.pos]
            if ch == '\\':
                out.append(self.escape(multiline=True))
                continue
            if _bad_char(ch) and ch != '\n':
                raise self.error(f'Illegal character {ch!r}')
            out.append(ch)
            self.pos += 1

    def multiline_literal(self):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                raise self.error('Unterminated string')
            if self.peek(3) == "'''":
                return self.close_multiline("'", out)
            ch = self.text[self.pos]
            if _bad_char(ch) and ch != '\n':
                raise self.error(f'Illegal character {ch!r}')
            out.append(ch)
            self.pos += 1

    def close_multiline(self, quote, out):
        # Up to two quotes right before the closing three belong to the string.
        run = 0
        while self.text[self.pos + run:self.pos + run + 1] == quote:
            run += 1
        run = min(run, 5)       # a sixth quote is left over, for the caller to refuse
        out.append(quote * (run - 3))
        self.pos += run
        return ''.join(out)


def _micro(fraction):
    """Microseconds from the digits after the seconds' decimal point (extra digits dropped)."""
    if not fraction:
        return 0
    return int(fraction[:6].ljust(6, '0'))
