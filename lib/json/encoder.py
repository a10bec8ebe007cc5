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
    known = ESCAPE_DCT.get(c)
    if known is not None:
        return known
    code = ord(c)
    if code >= 0x10000:
        # Outside the BMP: a UTF-16 surrogate pair, high then low ten bits.
        code -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))
    return '\\u%04x' % code


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
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is not None:
            item, key = separators
            self.item_separator, self.key_separator = item, key
        elif indent is not None:
            # Indented output ends lines after the comma: no trailing space.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o.

        >>> import json.encoder
        >>> json.encoder.JSONEncoder(separators=(",", ":")).encode({"xs": [1, 2.5, None]})
        '{"xs":[1,2.5,null]}'
        """
        if isinstance(o, str):
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
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
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _leave(o):
        if markers is not None:
            del markers[id(o)]

    def _layout(level):
        """For a container at this depth: (text after its opening bracket, text between its
        items, text before its closing bracket, the depth of its items)."""
        if _indent is None:
            return '', _item_separator, '', level
        inner = '\n' + _indent * (level + 1)
        return inner, _item_separator + inner, '\n' + _indent * level, level + 1

    def _key_text(key):
        # JSON keys are strings: the scalars convert, anything else is skipped (None) or an
        # error.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        for constant, text in ((True, 'true'), (False, 'false'), (None, 'null')):
            if key is constant:
                return text
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        _enter(lst)
        opening, between, closing, inner_level = _layout(level)
        lead = '[' + opening
        for position, value in enumerate(lst):
            if position:
                lead = between
            text = _scalar(value)
            if text is None:
                yield lead
                yield from _iterencode(value, inner_level)
            else:
                yield lead + text
        if closing:
            yield closing
        yield ']'
        _leave(lst)

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        _enter(dct)
        opening, between, closing, inner_level = _layout(level)
        yield '{'
        if opening:
            yield opening
        started = False
        for key, value in (sorted(dct.items()) if _sort_keys else dct.items()):
            key = _key_text(key)
            if key is None:
                continue
            if started:
                yield between
            started = True
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is None:
                yield from _iterencode(value, inner_level)
            else:
                yield text
        if closing:
            yield closing
        yield '}'
        _leave(dct)

    def _iterencode(o, level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            # default() converts it; the object stays marked meanwhile, so a default() that
            # returns the object itself is a circular reference, not endless recursion.
            _enter(o)
            yield from _iterencode(_default(o), level)
            _leave(o)

    return _iterencode
