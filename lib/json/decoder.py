# json.decoder: JSONDecoder and JSONDecodeError, whose message ends with "line L column C (char N)".
# The scanning itself is json.scanner's make_scanner (the C++ _json module when present);
# JSONObject, JSONArray and py_scanstring are the pure-Python pieces the Python scanner uses.
# Messages and positions are those of CPython's C scanner.
# Written for pygen from the json module's documentation and observed behaviour.

import re

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        # Lines and columns count from 1; the column is the offset from the last newline.
        before = doc[:pos]
        lineno, colno = before.count('\n') + 1, pos - before.rfind('\n')
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

STRINGCHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'
_HEX = frozenset('0123456789abcdefABCDEF')


def _hex4(s, pos):
    # The value of the four hex digits after the 'u' at s[pos].
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and _HEX.issuperset(digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True, _b=BACKSLASH, _m=STRINGCHUNK.match):
    """(the decoded string, index after its closing quote); s[end-1] is the opening quote."""
    parts = []
    begin = end - 1
    while True:
        chunk = _m(s, end)
        if chunk is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = chunk.end()
        text, stop = chunk.group(1, 2)
        if text:
            parts.append(text)
        if stop == '"':
            return ''.join(parts), end
        if stop != '\\':
            if strict:
                # The pure-Python scanner names the character and points after it (the C++ one
                # points at it).
                raise JSONDecodeError(f"Invalid control character {stop!r} at", s, end)
            parts.append(stop)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        kind = s[end]
        if kind != 'u':
            if kind not in _b:
                raise JSONDecodeError(f"Invalid \\escape: {kind!r}", s, end)
            parts.append(_b[kind])
            end += 1
            continue
        code = _hex4(s, end)
        end += 5
        # A high surrogate escape directly followed by a low one stands for one character.
        if 0xd800 <= code < 0xdc00 and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low < 0xe000:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        parts.append(chr(code))


scanstring = py_scanstring if c_scanstring is None else c_scanstring


def _value_at(scan_once, s, end):
    # (value, end) of the JSON value at s[end]; the scanner's StopIteration carries where no
    # value could start.
    try:
        return scan_once(s, end)
    except StopIteration as err:
        raise JSONDecodeError("Expecting value", s, err.value) from None


def _skip(s, end, _ws=WHITESPACE_STR):
    while end < len(s) and s[end] in _ws:
        end += 1
    return end


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None,
               _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decodes the members of an object whose '{' was just before end: (value, end)."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _skip(s, end)
    if s[end:end + 1] != '}':
        while True:
            if s[end:end + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            value, end = _value_at(scan_once, s, _skip(s, end + 1))
            pairs.append((key, value))
            end = _skip(s, end)
            if s[end:end + 1] == '}':
                break
            if s[end:end + 1] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip(s, end + 1)
    end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decodes the items of an array whose '[' was just before end: (list, end)."""
    s, end = s_and_end
    items = []
    end = _skip(s, end)
    if s[end:end + 1] != ']':
        while True:
            item, end = _value_at(scan_once, s, end)
            items.append(item)
            end = _skip(s, end)
            if s[end:end + 1] == ']':
                break
            if s[end:end + 1] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip(s, end + 1)
    return items, end + 1


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts, arrays to lists, and so on (see the docs)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        # The scanner reads its configuration from these attributes (make_scanner(self)).
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant = _CONSTANTS.__getitem__ if parse_constant is None else parse_constant
        self.strict = strict
        self.parse_object, self.parse_array, self.parse_string = JSONObject, JSONArray, scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The Python value of the JSON document s (whitespace around it allowed)."""
        value, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """(value, end index) of the JSON value that starts at s[idx]."""
        return _value_at(self.scan_once, s, idx)
