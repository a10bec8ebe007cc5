# The codec primitives codecs.py builds on: encode/decode through str.encode/bytes.decode, and
# escape_decode (Python bytes-literal escapes). The codec registry itself is not modelled: the
# encodings are the ones str.encode knows. CPython counterpart: Modules/_codecsmodule.c.


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj).decode(encoding, errors)


def escape_decode(data, errors=None):
    import pickle
    if isinstance(data, str):
        data = data.encode("latin-1")
    return pickle._escape_decode(bytes(data)), len(data)


def lookup(encoding):
    import codecs
    return codecs.lookup(encoding)
