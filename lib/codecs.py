# codecs: lookup() giving a CodecInfo with CPython's canonical names, encode/decode for text and
# bytes-to-bytes codecs, incremental and stream codecs, register/register_error and the BOM
# constants. The codecs themselves live in _pygen_codecs (str.encode uses them too).
# CPython counterpart: Lib/codecs.py.
import sys
import _pygen_codecs as _reg
from _codecs import encode, decode

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

register = _reg.register
unregister = _reg.unregister
register_error = _reg.register_error
lookup_error = _reg.lookup_error
strict_errors = _reg.strict_errors
ignore_errors = _reg.ignore_errors
replace_errors = _reg.replace_errors
xmlcharrefreplace_errors = _reg.xmlcharrefreplace_errors
backslashreplace_errors = _reg.backslashreplace_errors
namereplace_errors = _reg.namereplace_errors


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

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


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
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
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
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
            IncrementalEncoder.__init__(self, errors)
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

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
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


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# ---- Streams ----

class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


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

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr
