# codecs: lookup() giving a CodecInfo with CPython's canonical names, encode/decode for text and
# bytes-to-bytes codecs, incremental and stream codecs, register/register_error and the BOM
# constants. The codecs themselves live in _pygen_codecs (str.encode uses them too).
# CPython counterpart: Lib/codecs.py.
import sys
import _pygen_codecs as _reg
from _codecs import encode, decode, escape_decode

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error", "unregister"]

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

# The registry and the error handlers are _pygen_codecs' own, re-exported under their names.
for _name in ("register", "unregister", "register_error", "lookup_error", "strict_errors",
              "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
              "backslashreplace_errors", "namereplace_errors"):
    globals()[_name] = getattr(_reg, _name)
del _name


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    # False for bytes-to-bytes and str-to-str codecs (hex, rot13...), which str.encode and
    # bytes.decode refuse.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        # As a tuple it is the old 4-item (encode, decode, reader, writer) registry entry.
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode, streamreader=streamreader,
                             streamwriter=streamwriter, incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


def _convert_buffered(coder, piece, final, convert):
    # The unconsumed tail of the previous piece goes first; what convert leaves unconsumed this
    # time (an incomplete sequence) waits for the next piece.
    pending = coder.buffer + piece
    result, used = convert(pending, coder.errors, final)
    coder.buffer = pending[used:]
    return result


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        return _convert_buffered(self, input, final, self._buffer_encode)

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        return _convert_buffered(self, input, final, self._buffer_decode)

    def reset(self):
        super().reset()
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- CodecInfo for a built-in codec ----

def _make_info(codec):
    """Wraps one of _pygen_codecs' codec objects as CPython's encodings modules do."""
    is_text = getattr(codec, 'text', True)

    def encode(input, errors='strict'):
        return codec.encode(input, errors)

    def decode(input, errors='strict'):
        return codec.decode(input, errors)

    class _IncEncoder(IncrementalEncoder):
        # A BOM is written once, by the first piece (utf-16, utf-32, utf-8-sig).
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self._started = False

        def encode(self, input, final=False):
            data = codec.encode(input, self.errors)[0]
            if self._started:
                data = _strip_bom(codec.name, data)
            self._started = True
            return data

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = state == 0

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if not is_text:
                return codec.decode(input, errors)
            return codec.decode(input, errors, final)

    class _IncDecoderBom(_IncDecoder):
        # The BOM (if any) of the first piece fixes the byte order of the rest.
        def __init__(self, errors='strict'):
            _IncDecoder.__init__(self, errors)
            self._codec = codec

        def _buffer_decode(self, input, errors, final):
            if self._codec is codec and codec.name in ('utf-16', 'utf-32'):
                width = 2 if codec.name == 'utf-16' else 4
                if len(input) < width and not final:
                    return '', 0
                bom_le = b'\xff\xfe' if width == 2 else b'\xff\xfe\x00\x00'
                bom_be = b'\xfe\xff' if width == 2 else b'\x00\x00\xfe\xff'
                order = 'le' if input[:width] == bom_le else 'be' if input[:width] == bom_be else \
                    ('le' if sys.byteorder == 'little' else 'be')
                self._codec = _reg._builtin('%s-%s' % (codec.name, order))
                if input[:width] in (bom_le, bom_be):
                    text, used = self._codec.decode(input[width:], errors, final)
                    return text, used + width
            if self._codec is codec and codec.name == 'utf-8-sig':
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return '', 0
                self._codec = _reg._builtin('utf-8')
                if input[:3] == BOM_UTF8:
                    text, used = self._codec.decode(input[3:], errors, final)
                    return text, used + 3
            return self._codec.decode(input, errors, final)

        def reset(self):
            _IncDecoder.reset(self)
            self._codec = codec

    class _Writer(StreamWriter):
        pass

    class _WriterBom(StreamWriter):
        # The BOM goes at the start of the stream only: later writes drop theirs, until a
        # reset() or a seek back to the start.
        def encode(self, input, errors='strict'):
            data, used = codec.encode(input, errors)
            if self.__dict__.get('_bom_done'):
                data = _strip_bom(codec.name, data)
            self._bom_done = True
            return data, used

        def reset(self):
            self._bom_done = False

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    if codec.name in ('utf-16', 'utf-32', 'utf-8-sig'):
        _Writer = _WriterBom
    return CodecInfo(encode, decode, _Reader, _Writer, _IncEncoder,
                     _IncDecoderBom if codec.name in ('utf-16', 'utf-32', 'utf-8-sig') else _IncDecoder,
                     name=codec.name, _is_text_encoding=is_text)


def _strip_bom(name, data):
    for bom in (BOM_UTF8, BOM_UTF32_LE, BOM_UTF32_BE, BOM_UTF16_LE, BOM_UTF16_BE):
        if name in ('utf-16', 'utf-32', 'utf-8-sig') and data.startswith(bom):
            return data[len(bom):]
    return data


def lookup(encoding):
    return _reg.lookup(encoding)


def _info_part(encoding, field, required=False):
    # One field of the encoding's CodecInfo; the incremental ones must exist (LookupError).
    part = getattr(lookup(encoding), field)
    if part is None and required:
        raise LookupError(encoding)
    return part


def getencoder(encoding):
    return _info_part(encoding, 'encode')


def getdecoder(encoding):
    return _info_part(encoding, 'decode')


def getincrementalencoder(encoding):
    return _info_part(encoding, 'incrementalencoder', required=True)


def getincrementaldecoder(encoding):
    return _info_part(encoding, 'incrementaldecoder', required=True)


def getreader(encoding):
    return _info_part(encoding, 'streamreader')


def getwriter(encoding):
    return _info_part(encoding, 'streamwriter')


def _pieces(convert, iterator, empty):
    # Each input piece through convert(); empty results are skipped, and a final call with an
    # empty input flushes what the coder still holds.
    for piece in iterator:
        out = convert(piece)
        if out:
            yield out
    out = convert(empty, True)
    if out:
        yield out


def iterencode(iterator, encoding, errors='strict', **kwargs):
    # A generator to the end: even a bad encoding is reported at the first next().
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _pieces(coder.encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _pieces(coder.decode, iterator, b"")


# ---- Streams ----
# All four stream classes hand unknown attributes to the wrapped stream and close it when used
# as a context manager; these three functions are that behaviour, shared.

def _stream_attribute(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _enter_self(self):
    return self


def _exit_closing(self, type, value, tb):
    self.stream.close()


def _delegate(role, method):
    # A StreamReaderWriter method that is its reader's or its writer's.
    def forward(self, *args, **kwargs):
        return getattr(getattr(self, role), method)(*args, **kwargs)
    forward.__name__ = forward.__qualname__ = method
    return forward


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        encoded, _ = self.encode(object, self.errors)
        self.stream.write(encoded)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        # Back at the very start, a codec with a BOM must write it again.
        if (offset, whence) == (0, 0):
            self.reset()

    __getattr__ = _stream_attribute
    __enter__ = _enter_self
    __exit__ = _exit_closing


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.bytebuffer + (self.stream.read() if size < 0 else self.stream.read(size))
        self.bytebuffer = b""
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        text = self.charbuffer + text
        self.charbuffer = ""
        if chars >= 0 and len(text) > chars:
            self.charbuffer = text[chars:]
            text = text[:chars]
        return text

    def readline(self, size=None, keepends=True):
        text = self.charbuffer
        self.charbuffer = ""
        while '\n' not in text:
            more = self.stream.read(72)
            if not more:
                break
            data = self.bytebuffer + more
            piece, consumed = self.decode(data, self.errors)
            self.bytebuffer = data[consumed:]
            text += piece
        if not text and self.bytebuffer:
            text = self.decode(self.bytebuffer, self.errors)[0]
            self.bytebuffer = b""
        pos = text.find('\n')
        if pos < 0:
            return text
        self.charbuffer = text[pos + 1:]
        return text[:pos + 1] if keepends else text[:pos]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    __getattr__ = _stream_attribute
    __enter__ = _enter_self
    __exit__ = _exit_closing


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    read = _delegate('reader', 'read')
    readline = _delegate('reader', 'readline')
    readlines = _delegate('reader', 'readlines')
    write = _delegate('writer', 'write')
    writelines = _delegate('writer', 'writelines')

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    __getattr__ = _stream_attribute
    __enter__ = _enter_self
    __exit__ = _exit_closing


class StreamRecoder:
    """Bytes in one encoding on the outside (encode/decode), another in the stream."""

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        text = self.reader.read(size)
        return self.encode(text, self.errors)[0]

    def write(self, data):
        text = self.decode(data, self.errors)[0]
        return self.writer.write(text)

    __getattr__ = _stream_attribute


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    # The codec does the text work: the file underneath is always opened binary.
    if 'b' not in mode:
        mode += 'b'
    raw = builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(raw, info.streamreader, info.streamwriter, errors)
    except:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    outside, inside = lookup(data_encoding), lookup(file_encoding)
    recoder = StreamRecoder(file, outside.encode, outside.decode, inside.streamreader,
                            inside.streamwriter, errors)
    recoder.data_encoding, recoder.file_encoding = data_encoding, file_encoding
    return recoder
