"""JSON (RFC 8259) to and from Python objects.

dumps() and dump() write JSON text; loads() and load() read it back:

    >>> import json
    >>> text = json.dumps({"name": "pygen", "tags": ["gen", "coro"], "ok": True, "n": None})
    >>> text
    '{"name": "pygen", "tags": ["gen", "coro"], "ok": true, "n": null}'
    >>> json.loads(text)["tags"]
    ['gen', 'coro']

Options shape the output, e.g. sorted keys and indentation:

    >>> print(json.dumps({"b": [1, 2], "a": 0.5}, sort_keys=True, indent=2))
    {
      "a": 0.5,
      "b": [
        1,
        2
      ]
    }
    >>> json.dumps([1, {"a": 2}], separators=(",", ":"))
    '[1,{"a":2}]'

Hooks turn objects into other types while decoding:

    >>> import decimal
    >>> json.loads('{"price": 1.10}', parse_float=decimal.Decimal)
    {'price': Decimal('1.10')}
    >>> json.loads('[1, 2]', object_pairs_hook=None)
    [1, 2]

Malformed input raises JSONDecodeError (a ValueError) saying where:

    >>> json.loads('[1, 2')
    Traceback (most recent call last):
      ...
    json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)
"""
# dumps/dump, loads/load, JSONEncoder, JSONDecoder and JSONDecodeError with the options and
# error messages of CPython 3.11's json package, written for pygen from its documentation and
# observed behaviour.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
             default, sort_keys, kw):
    """The shared default encoder when nothing differs from the defaults (the common case,
    with no encoder to build), else a new cls (JSONEncoder by default) with the options."""
    plain_flags = not (skipkeys or sort_keys) and ensure_ascii and check_circular and allow_nan
    if plain_flags and cls is None and not kw and all(
            option is None for option in (indent, separators, default)):
        return _default_encoder
    make = JSONEncoder if cls is None else cls
    return make(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the text file fp."""
    encoder = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                       separators, default, sort_keys, kw)
    # Chunk by chunk: the document is never held whole in memory.
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    encoder = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                       separators, default, sort_keys, kw)
    return encoder.encode(obj)


# Byte order marks, longest first (UTF-32's LE mark begins with UTF-16's).
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
         (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """The encoding of JSON bytes: UTF-8, -16 or -32, from a BOM or the pattern of NUL bytes."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    # A JSON text starts with an ASCII character, so the NULs around the first one tell the
    # code unit size and byte order.
    size = len(b)
    if size >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] != 0 else 'utf-32-be'
        if b[1] == 0:
            return 'utf-32-le' if b[2] == 0 and b[3] == 0 else 'utf-16-le'
    elif size == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (str, bytes or bytearray holding a JSON document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not %s' % s.__class__.__name__)
    elif s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    given = {name: hook for name, hook in hooks if hook is not None}
    if cls is None and not given and not kw:
        return _default_decoder.decode(s)
    kw.update(given)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)
