# The codec primitives: encode/decode (any codec, as codecs.encode/decode), lookup, register,
# the error handler registry, and escape_decode (Python bytes-literal escapes). The registry
# itself is lib/_pygen_codecs.py. CPython counterpart: Modules/_codecsmodule.c.
from _pygen_codecs import register, unregister, register_error, lookup_error, lookup


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    res = lookup(encoding).encode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return res[0]


def decode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    res = lookup(encoding).decode(obj, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return res[0]


def escape_decode(data, errors=None):
    import pickle
    if isinstance(data, str):
        data = data.encode("latin-1")
    return pickle._escape_decode(bytes(data)), len(data)
