# json.encoder: JSONEncoder, which turns dicts, lists, tuples, strings, numbers, True/False/None
# (and whatever `default` converts) into JSON text, in one piece (encode) or in chunks
# (iterencode), with indentation, separators, key sorting and circular-reference checks.
# encode() with indent=None runs the C++ encoder of the _json module (c_make_encoder) in one piece,
# as CPython does with its C one; iterencode() and indented output use _make_iterencode here.
# Written for pygen from the json module's documentation and observed behaviour.

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

__all__ = ['JSONEncoder']

INFINITY = float('inf')

ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
              '\t': '\\t'}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def py_encode_basestring(s):
    """The JSON string literal of s, non-ASCII characters kept."""
    get = ESCAPE_DCT.get
    return '"' + ''.join([get(c, c) for c in s]) + '"'


def _ascii_escape(c):
    e = ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    # Outside the BMP: a UTF-16 surrogate pair.
    n -= 0x10000
    s1 = 0xd800 | ((n >> 10) & 0x3ff)
    s2 = 0xdc00 | (n & 0x3ff)
    return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII, everything else as \\uXXXX escapes."""
    if s.isascii() and not any(c < ' ' or c in '"\\\x7f' for c in s):
        return '"' + s + '"'
    return '"' + ''.join([c if ' ' <= c <= '~' and c not in '"\\' else _ascii_escape(c)
                          for c in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder: override default() to serialize other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        pieces = self.iterencode(o, _one_shot=True)
        if type(pieces) is not list and type(pieces) is not tuple:
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in chunks."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY,
                     _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        if _one_shot and self.indent is None and c_make_encoder is not None:
            # The whole document at once, in C++ (a list of one str).
            make = c_make_encoder(markers, self.default, _encoder, None, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)
        else:
            make = _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                    self.key_separator, self.item_separator, self.sort_keys,
                                    self.skipkeys)
        return make(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _intstr=int.__repr__):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _scalar(value):
        # The text of a str/None/bool/int/float, or None for anything else.
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _intstr(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def _enter(o):
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o

    def _leave(o):
        if markers is not None:
            del markers[id(o)]

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        _enter(lst)
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        _leave(lst)

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        _enter(dct)
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        _leave(dct)

    def _iterencode(o, _current_indent_level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            _enter(o)
            converted = _default(o)
            yield from _iterencode(converted, _current_indent_level)
            _leave(o)

    return _iterencode
