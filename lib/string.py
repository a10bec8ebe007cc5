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
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            bident = cls.braceidpattern or cls.idpattern
            pattern = (delim + r'(?:(?P<escaped>' + delim + r')|(?P<named>' + ident + r')|\{(?P<braced>'
                       + bident + r')\}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


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
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand, an int while '{}' counts.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

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
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
