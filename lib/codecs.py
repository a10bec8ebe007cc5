# codecs: encode/decode by encoding name, lookup() giving a CodecInfo, the BOM constants and
# getencoder/getdecoder. Encodings are those str.encode/bytes.decode support; incremental and
# stream codecs are not provided. CPython counterpart: Lib/codecs.py.
import sys
from _codecs import encode, decode, escape_decode

__all__ = ["encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
           "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


_ALIASES = {"utf8": "utf-8", "utf_8": "utf-8", "u8": "utf-8", "latin1": "iso8859-1",
            "latin_1": "iso8859-1", "latin-1": "iso8859-1", "iso-8859-1": "iso8859-1",
            "iso8859_1": "iso8859-1", "l1": "iso8859-1", "ascii": "ascii", "us-ascii": "ascii",
            "utf16": "utf-16", "utf_16": "utf-16", "utf32": "utf-32", "utf_32": "utf-32"}


def lookup(encoding):
    norm = encoding.lower().replace(" ", "-")
    name = _ALIASES.get(norm, norm)
    try:
        "".encode(name)
    except LookupError:
        raise LookupError("unknown encoding: %s" % encoding) from None

    def enc(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def dec(input, errors="strict"):
        return bytes(input).decode(name, errors), len(input)

    return CodecInfo(enc, dec, name=name)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode
