# string: the character-class constants, capwords, Template ($-substitution) and Formatter
# (str.format's machinery exposed as overridable methods). Written for pygen from the 3.11
# documentation; CPython's _string helpers (the format-string parser and field-name splitter) are
# written here in Python, with their error messages.

import re as _re
from collections import ChainMap as _ChainMap

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template ----

_sentinel_dict = {}


class Template:
    """A string with $-placeholders, substituted from a mapping and/or keywords."""

    delimiter = '$'
    # Identifiers are ASCII only (the (?a:...) group), but case-insensitive through `flags`.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A subclass may give its own whole `pattern` (a str or compiled regex with the four
        # groups escaped/named/braced/invalid); otherwise one is built from its parts.
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            lead = _re.escape(cls.delimiter)
            source = r'%s(?:(?P<escaped>%s)|(?P<named>%s)|\{(?P<braced>%s)\}|(?P<invalid>))' % (
                lead, lead, cls.idpattern, cls.braceidpattern or cls.idpattern)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Line and column (both from 1) of the bad delimiter, for the error message; lines are
        # as str.splitlines sees them.
        offset = mo.start('invalid')
        lines = self.template[:offset].splitlines(keepends=True)
        if lines:
            lineno, colno = len(lines), offset - sum(map(len, lines[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    @staticmethod
    def _placeholder(mo):
        """(kind, name) of one match: kind is 'name', 'escaped', 'invalid' or None."""
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            return 'name', name
        for kind in ('escaped', 'invalid'):
            if mo.group(kind) is not None:
                return kind, None
        return None, None

    def _replace(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            # Keywords win over the mapping.
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            kind, name = self._placeholder(mo)
            if kind == 'name':
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._replace(mapping, kws, safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._replace(mapping, kws, safe=True)

    def _kinds(self):
        for mo in self.pattern.finditer(self.template):
            kind, name = self._placeholder(mo)
            if kind is None:
                raise self._unrecognized()
            yield kind, name

    def is_valid(self):
        return all(kind != 'invalid' for kind, _ in self._kinds())

    def get_identifiers(self):
        # In order of first appearance, each once.
        found = {}
        for kind, name in self._kinds():
            if kind == 'name':
                found.setdefault(name)
        return list(found)


# Template's own pattern: __init_subclass__ only runs for subclasses.
Template.__init_subclass__()


# ---- The format-string parser (CPython's _string.formatter_parser) ----

def _parse_field(s, pos):
    """Parse one replacement field starting just after its '{'.
    Returns (field_name, format_spec, conversion, position after the closing '}')."""
    n = len(s)
    start = pos
    c = ''
    while pos < n:
        c = s[pos]
        if c == '[':
            # Inside an index, any character (even '}' or ':') belongs to the field name.
            while pos < n and s[pos] != ']':
                pos += 1
            if pos >= n:
                break
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c in '}:!':
            break
        pos += 1
    if pos >= n:
        raise ValueError("expected '}' before end of string")
    field_name = s[start:pos]
    conversion = None
    if c == '!':
        pos += 1
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos >= n:
            raise ValueError("unmatched '{' in format spec")
        c = s[pos]
        if c != '}' and c != ':':
            raise ValueError("expected ':' after conversion specifier")
    if c == '}':
        return field_name, '', conversion, pos + 1
    # c == ':': the spec runs to the matching '}' (nested fields may appear inside it).
    pos += 1
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, s[spec_start:pos], conversion, pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _formatter_parser(s):
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        while pos < n and s[pos] not in '{}':
            pos += 1
        literal = s[start:pos]
        if pos >= n:
            yield literal, None, None, None
            return
        c = s[pos]
        if pos + 1 < n and s[pos + 1] == c:
            # A doubled brace is one literal brace; the text so far is yielded with it.
            yield literal + c, None, None, None
            pos += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if pos + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        field_name, spec, conversion, pos = _parse_field(s, pos + 1)
        yield literal, field_name, spec, conversion


def _as_index(text):
    if text and text.isdigit() and text.isascii():
        return int(text)
    return text


def _field_name_rest(name, pos):
    n = len(name)
    while pos < n:
        c = name[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and name[pos] not in '.[':
                pos += 1
            if pos == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:pos]
        elif c == '[':
            start = pos
            while pos < n and name[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            if pos == start:
                raise ValueError("Empty attribute in format string")
            key = name[start:pos]
            pos += 1
            if pos < n and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _as_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(name):
    pos = 0
    while pos < len(name) and name[pos] not in '.[':
        pos += 1
    first = _as_index(name[:pos])
    rest = _field_name_rest(name, pos)
    if pos < len(name):
        # Errors in the rest are reported at once, as CPython's iterator does for the first part.
        rest = iter(list(rest))
    return first, rest


# ---- Formatter ----

class Formatter:
    """str.format's algorithm, each step a method a subclass may override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        # auto_arg_index: the next number for an empty field, or False once a field was
        # numbered by hand (the two styles cannot be mixed).
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                name, auto_arg_index = '%d' % auto_arg_index, auto_arg_index + 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # The spec may itself hold fields ("{0:{1}}"), formatted one level deeper.
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)   # the built-in: __format__ with the spec

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        key, steps = _formatter_field_name_split(field_name)
        value = self.get_value(key, args, kwargs)
        # "a.b[0]": attribute and item steps after the first name.
        for is_attribute, step in steps:
            value = getattr(value, step) if is_attribute else value[step]
        return value, key
