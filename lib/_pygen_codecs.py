# The codec registry behind str.encode/bytes.decode for every encoding the C++ fast path
# (utf-8, ascii, latin-1 with the standard error handlers) does not cover: UTF-16/32 and their
# byte orders, utf-8-sig, the common single-byte code pages (cp437, cp1252, ...), the escape
# codecs, the bytes-to-bytes codecs of codecs.encode (hex, base64, rot13 ...), codecs.register
# search functions and codecs.register_error handlers. Imported on first use only.
# CPython counterpart: Python/codecs.c with Lib/encodings (written here from their behaviour).

import builtins
import sys

# pygen may lack UnicodeTranslateError; an empty tuple matches nothing in isinstance.
_UnicodeTranslateError = getattr(builtins, 'UnicodeTranslateError', ())

# ---- Names ----------------------------------------------------------------------------------

def normalize(name):
    """CPython's normalize_encoding: lower case, runs of punctuation/space become one '_'."""
    out = []
    punct = False
    for ch in name.strip().lower():
        if ch.isalnum() or ch == '.':
            if punct and out:
                out.append('_')
            out.append(ch)
            punct = False
        else:
            punct = True
    return ''.join(out)


# normalized alias -> key of _CODECS
_ALIASES = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8',
    'utf_8_sig': 'utf_8_sig', 'utf8_sig': 'utf_8_sig',
    'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso_ir_100': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'ibm819': 'latin_1', 'csisolatin1': 'latin_1', 'iso_8859_1_1987': 'latin_1',
    'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'us': 'ascii', 'cp367': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'csascii': 'ascii',
    'utf16': 'utf_16', 'u16': 'utf_16', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf32': 'utf_32', 'u32': 'utf_32', 'utf_32le': 'utf_32_le', 'utf_32be': 'utf_32_be',
    'windows_1252': 'cp1252', '1252': 'cp1252',
    '437': 'cp437', 'ibm437': 'cp437',
    '850': 'cp850', 'ibm850': 'cp850', 'cspc850multilingual': 'cp850',
    'windows_1251': 'cp1251', '1251': 'cp1251', 'windows_1250': 'cp1250', '1250': 'cp1250',
    'iso8859_15': 'iso8859_15', 'iso_8859_15': 'iso8859_15', 'latin9': 'iso8859_15', 'l9': 'iso8859_15',
    'iso8859_2': 'iso8859_2', 'iso_8859_2': 'iso8859_2', 'latin2': 'iso8859_2', 'l2': 'iso8859_2',
    'koi8_r': 'koi8_r', 'cskoi8r': 'koi8_r',
    'mac_roman': 'mac_roman', 'macroman': 'mac_roman', 'macintosh': 'mac_roman',
    'iso8859_3': 'iso8859_3', 'iso_8859_3': 'iso8859_3', 'latin3': 'iso8859_3', 'l3': 'iso8859_3',
    'iso8859_4': 'iso8859_4', 'iso_8859_4': 'iso8859_4', 'latin4': 'iso8859_4', 'l4': 'iso8859_4',
    'iso8859_5': 'iso8859_5', 'iso_8859_5': 'iso8859_5', 'cyrillic': 'iso8859_5',
    'iso8859_6': 'iso8859_6', 'iso_8859_6': 'iso8859_6', 'arabic': 'iso8859_6',
    'iso8859_7': 'iso8859_7', 'iso_8859_7': 'iso8859_7', 'greek': 'iso8859_7', 'greek8': 'iso8859_7',
    'iso8859_8': 'iso8859_8', 'iso_8859_8': 'iso8859_8', 'hebrew': 'iso8859_8',
    'iso8859_9': 'iso8859_9', 'iso_8859_9': 'iso8859_9', 'latin5': 'iso8859_9', 'l5': 'iso8859_9',
    'iso8859_10': 'iso8859_10', 'iso_8859_10': 'iso8859_10', 'latin6': 'iso8859_10', 'l6': 'iso8859_10',
    'iso8859_11': 'iso8859_11', 'iso_8859_11': 'iso8859_11', 'thai': 'iso8859_11',
    'iso8859_13': 'iso8859_13', 'iso_8859_13': 'iso8859_13', 'latin7': 'iso8859_13', 'l7': 'iso8859_13',
    'iso8859_14': 'iso8859_14', 'iso_8859_14': 'iso8859_14', 'latin8': 'iso8859_14', 'l8': 'iso8859_14',
    'iso8859_16': 'iso8859_16', 'iso_8859_16': 'iso8859_16', 'latin10': 'iso8859_16', 'l10': 'iso8859_16',
    'cp1253': 'cp1253', 'windows_1253': 'cp1253', '1253': 'cp1253',
    'cp1254': 'cp1254', 'windows_1254': 'cp1254', '1254': 'cp1254',
    'cp1255': 'cp1255', 'windows_1255': 'cp1255', '1255': 'cp1255',
    'cp1256': 'cp1256', 'windows_1256': 'cp1256', '1256': 'cp1256',
    'cp1257': 'cp1257', 'windows_1257': 'cp1257', '1257': 'cp1257',
    'cp1258': 'cp1258', 'windows_1258': 'cp1258', '1258': 'cp1258',
    'koi8_u': 'koi8_u',
    'unicode_escape': 'unicode_escape', 'raw_unicode_escape': 'raw_unicode_escape',
    'hex': 'hex_codec', 'hex_codec': 'hex_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'base64_codec': 'base64_codec', 'rot13': 'rot_13', 'rot_13': 'rot_13',
    'zlib': 'zlib_codec', 'zip': 'zlib_codec', 'zlib_codec': 'zlib_codec',
    'quopri': 'quopri_codec', 'quotedprintable': 'quopri_codec', 'quoted_printable': 'quopri_codec',
}


# ---- Error handlers -------------------------------------------------------------------------

_ERROR_HANDLERS = {}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _ERROR_HANDLERS[name] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _ERROR_HANDLERS[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _backslash(ch):
    cp = ord(ch)
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, _UnicodeTranslateError)):
        return '', exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '', exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, _UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, _UnicodeTranslateError)):
        return ''.join(_backslash(c) for c in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except (ValueError, ImportError):
                out.append(_backslash(c))
        return ''.join(out), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end]:
            if b < 128:
                raise exc
            out.append(chr(0xDC00 + b))
        return ''.join(out), exc.end
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(chr(ord(c) - 0xDC00))
        # The bytes come back as a str of code points < 256; the encoder writes them raw.
        return _Raw(bytes(ord(c) for c in out)), exc.end
    raise exc


def surrogatepass_errors(exc):
    raise exc   # handled inside the UTF encoders/decoders themselves


class _Raw(bytes):
    """Replacement bytes an error handler gives back (written as they are)."""


for _name, _fn in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                   ('xmlcharrefreplace', xmlcharrefreplace_errors),
                   ('backslashreplace', backslashreplace_errors), ('namereplace', namereplace_errors),
                   ('surrogateescape', surrogateescape_errors), ('surrogatepass', surrogatepass_errors)):
    _ERROR_HANDLERS[_name] = _fn


def _call_handler(errors, exc):
    handler = lookup_error(errors)
    res = handler(exc)
    if not isinstance(res, tuple) or len(res) != 2:
        kind = 'encoding' if isinstance(exc, UnicodeEncodeError) else 'decoding'
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    rep, pos = res
    n = len(exc.object)
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos


# ---- The generic encode / decode loops --------------------------------------------------------

def _encode_with(text, errors, name, encode_char, reason='character maps to <undefined>'):
    """encode_char(ch) -> bytes, or None when the codec cannot encode ch."""
    out = []
    i, n = 0, len(text)
    while i < n:
        b = encode_char(text[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < n and encode_char(text[j]) is None:
            j += 1
        if errors == 'surrogatepass' and name.startswith('utf-'):
            raise UnicodeEncodeError(name, text, i, j, reason)
        exc = UnicodeEncodeError(name, text, i, j, reason)
        if errors == 'strict':
            raise exc
        rep, pos = _call_handler(errors, exc)
        if isinstance(rep, (bytes, bytearray)):
            out.append(bytes(rep))
        else:
            for k, c in enumerate(rep):
                b = encode_char(c)
                if b is None:
                    raise UnicodeEncodeError(name, text, i, j, reason)
                out.append(b)
        i = pos
    return b''.join(out)


def _decode_error(errors, name, data, start, end, reason, out):
    """Applies the error handler; returns the position to resume at."""
    exc = UnicodeDecodeError(name, bytes(data), start, end, reason)
    if errors == 'strict':
        raise exc
    rep, pos = _call_handler(errors, exc)
    out.append(rep)
    return pos


# ---- Single-byte code pages -------------------------------------------------------------------

# Bytes 0x80-0xFF of each code page ('\ufffe': the byte has no character); 0x00-0x7F are ASCII.
_HIGH_HALVES = {
    'cp437': ('\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2'
              '\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310'
              '\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563'
              '\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'
              '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552'
              '\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0'
              '\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1'
              '\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0'),
}
_HIGH_HALF_NAMES = {'cp437': 'cp437', 'cp1252': 'cp1252', 'cp850': 'cp850', 'cp1251': 'cp1251',
                    'cp1250': 'cp1250', 'iso8859_15': 'iso8859-15', 'iso8859_2': 'iso8859-2',
                    'koi8_r': 'koi8-r', 'mac_roman': 'mac-roman'}
# Loaded from _pygen_codepages on first use too.
_HIGH_HALF_NAMES.update({'iso8859_3': 'iso8859-3', 'iso8859_4': 'iso8859-4', 'iso8859_5': 'iso8859-5', 'iso8859_6': 'iso8859-6', 'iso8859_7': 'iso8859-7', 'iso8859_8': 'iso8859-8', 'iso8859_9': 'iso8859-9', 'iso8859_10': 'iso8859-10', 'iso8859_11': 'iso8859-11', 'iso8859_13': 'iso8859-13', 'iso8859_14': 'iso8859-14', 'iso8859_16': 'iso8859-16', 'cp1253': 'cp1253', 'cp1254': 'cp1254', 'cp1255': 'cp1255', 'cp1256': 'cp1256', 'cp1257': 'cp1257', 'cp1258': 'cp1258', 'koi8_u': 'koi8-u'})


def _high_half(key):
    table = _HIGH_HALVES.get(key)
    if table is None:
        from _pygen_codepages import HIGH_HALVES
        table = _HIGH_HALVES[key] = HIGH_HALVES[key]
    return table


class _CharmapCodec:
    def __init__(self, key):
        self.key = key
        self.name = _HIGH_HALF_NAMES[key]
        self._decode_table = None
        self._encode_map = None

    def _tables(self):
        if self._decode_table is None:
            high = _high_half(self.key)
            self._decode_table = ''.join(map(chr, range(128))) + high
            self._encode_map = {c: bytes([i]) for i, c in enumerate(self._decode_table) if c != '\ufffe'}
        return self._decode_table, self._encode_map

    def encode(self, text, errors='strict'):
        _, emap = self._tables()
        return _encode_with(text, errors, 'charmap', emap.get), len(text)

    def decode(self, data, errors='strict', final=True):
        table, _ = self._tables()
        data = bytes(data)
        out = []
        i, n = 0, len(data)
        while i < n:
            c = table[data[i]]
            if c != '\ufffe':
                out.append(c)
                i += 1
            else:
                i = _decode_error(errors, 'charmap', data, i, i + 1, 'character maps to <undefined>', out)
        return ''.join(out), n


# ---- utf-8, ascii, latin-1 (for error handlers the C++ codecs do not know) ----------------------

class _AsciiCodec:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
        self.label = 'ascii' if limit == 128 else 'latin-1'

    def encode(self, text, errors='strict'):
        limit = self.limit
        reason = 'ordinal not in range(%d)' % limit
        return _encode_with(text, errors, self.label, lambda c: bytes([ord(c)]) if ord(c) < limit else None,
                            reason), len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        if self.limit == 256:
            return data.decode('latin-1'), len(data)
        out = []
        i, n = 0, len(data)
        while i < n:
            b = data[i]
            if b < 128:
                out.append(chr(b))
                i += 1
            else:
                i = _decode_error(errors, 'ascii', data, i, i + 1, 'ordinal not in range(128)', out)
        return ''.join(out), n


class _Utf8Codec:
    name = 'utf-8'

    def encode(self, text, errors='strict'):
        def enc(c):
            if 0xD800 <= ord(c) <= 0xDFFF:
                if errors == 'surrogatepass':
                    cp = ord(c)
                    return bytes([0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)])
                return None
            return c.encode('utf-8')
        return _encode_with(text, errors, 'utf-8', enc, 'surrogates not allowed'), len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        if not final:
            cut = len(data)
            for back in range(1, min(4, len(data)) + 1):
                b = data[-back]
                if b & 0xC0 == 0x80:
                    continue
                if b >= 0xC0:
                    need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                    if need > back:
                        cut = len(data) - back
                break
            data = data[:cut]
        out = []
        i, n = 0, len(data)
        while i < n:
            try:
                out.append(data[i:].decode('utf-8'))
                break
            except UnicodeDecodeError as e:
                out.append(data[i:i + e.start].decode('utf-8'))
                start, end = i + e.start, i + e.end
                if errors == 'surrogatepass' and start + 3 <= n and data[start] == 0xED:
                    cp = ((data[start] & 0x0F) << 12) | ((data[start + 1] & 0x3F) << 6) | (data[start + 2] & 0x3F)
                    if 0xD800 <= cp <= 0xDFFF:
                        out.append(chr(cp))
                        i = start + 3
                        continue
                i = _decode_error(errors, 'utf-8', data, start, end, e.reason, out)
        return ''.join(out), len(data)


class _Utf8SigCodec:
    name = 'utf-8-sig'

    def encode(self, text, errors='strict'):
        return b'\xef\xbb\xbf' + _Utf8Codec().encode(text, errors)[0], len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        skip = 3 if data[:3] == b'\xef\xbb\xbf' else 0
        text, n = _Utf8Codec().decode(data[skip:], errors, final)
        return text, n + skip


# ---- UTF-16 / UTF-32 ------------------------------------------------------------------------

class _Utf16Codec:
    def __init__(self, byteorder):   # 'little', 'big', or None (BOM)
        self.byteorder = byteorder
        self.name = {'little': 'utf-16-le', 'big': 'utf-16-be', None: 'utf-16'}[byteorder]

    def encode(self, text, errors='strict'):
        order = self.byteorder or sys.byteorder

        def enc(c):
            cp = ord(c)
            if 0xD800 <= cp <= 0xDFFF:
                return cp.to_bytes(2, order) if errors == 'surrogatepass' else None
            if cp < 0x10000:
                return cp.to_bytes(2, order)
            cp -= 0x10000
            return (0xD800 | (cp >> 10)).to_bytes(2, order) + (0xDC00 | (cp & 0x3FF)).to_bytes(2, order)
        bom = b'' if self.byteorder else ('\ufeff'.encode('utf-16-le' if order == 'little' else 'utf-16-be'))
        name = self.name
        body = _encode_with(text, errors, name, enc, 'surrogates not allowed')
        return bom + body, len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        order = self.byteorder
        start = 0
        name = self.name
        if order is None:
            if data[:2] == b'\xff\xfe':
                order, start = 'little', 2
            elif data[:2] == b'\xfe\xff':
                order, start = 'big', 2
            else:
                order = sys.byteorder
            name = 'utf-16-le' if order == 'little' else 'utf-16-be'
        out = []
        i, n = start, len(data)
        while i < n:
            if i + 1 >= n:
                if not final:
                    break
                i = _decode_error(errors, name, data, i, n, 'truncated data', out)
                continue
            u = int.from_bytes(data[i:i + 2], order)
            if u < 0xD800 or u > 0xDFFF:
                out.append(chr(u))
                i += 2
                continue
            if u >= 0xDC00:
                if errors == 'surrogatepass':
                    out.append(chr(u))
                    i += 2
                    continue
                i = _decode_error(errors, name, data, i, i + 2, 'illegal encoding', out)
                continue
            if i + 3 >= n:
                if not final:
                    break
                if errors == 'surrogatepass':
                    out.append(chr(u))
                    i += 2
                    continue
                i = _decode_error(errors, name, data, i, n, 'unexpected end of data', out)
                continue
            u2 = int.from_bytes(data[i + 2:i + 4], order)
            if 0xDC00 <= u2 <= 0xDFFF:
                out.append(chr(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)))
                i += 4
            elif errors == 'surrogatepass':
                out.append(chr(u))
                i += 2
            else:
                i = _decode_error(errors, name, data, i, i + 2, 'illegal UTF-16 surrogate', out)
        return ''.join(out), i


class _Utf32Codec:
    def __init__(self, byteorder):
        self.byteorder = byteorder
        self.name = {'little': 'utf-32-le', 'big': 'utf-32-be', None: 'utf-32'}[byteorder]

    def encode(self, text, errors='strict'):
        order = self.byteorder or sys.byteorder

        def enc(c):
            cp = ord(c)
            if 0xD800 <= cp <= 0xDFFF and errors != 'surrogatepass':
                return None
            return cp.to_bytes(4, order)
        bom = b'' if self.byteorder else (b'\xff\xfe\x00\x00' if order == 'little' else b'\x00\x00\xfe\xff')
        return bom + _encode_with(text, errors, self.name, enc, 'surrogates not allowed'), len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        order = self.byteorder
        start = 0
        name = self.name
        if order is None:
            if data[:4] == b'\xff\xfe\x00\x00':
                order, start = 'little', 4
            elif data[:4] == b'\x00\x00\xfe\xff':
                order, start = 'big', 4
            else:
                order = sys.byteorder
            name = 'utf-32-le' if order == 'little' else 'utf-32-be'
        out = []
        i, n = start, len(data)
        while i < n:
            if i + 3 >= n:
                if not final:
                    break
                i = _decode_error(errors, name, data, i, n, 'truncated data', out)
                continue
            cp = int.from_bytes(data[i:i + 4], order)
            if cp > 0x10FFFF:
                i = _decode_error(errors, name, data, i, i + 4, 'code point not in range(0x110000)', out)
            elif 0xD800 <= cp <= 0xDFFF and errors != 'surrogatepass':
                i = _decode_error(errors, name, data, i, i + 4,
                                  'code point in surrogate code point range(0xd800, 0xe000)', out)
            else:
                out.append(chr(cp))
                i += 4
        return ''.join(out), i


# ---- Escape codecs --------------------------------------------------------------------------

class _UnicodeEscapeCodec:
    def __init__(self, raw):
        self.raw = raw
        self.name = 'rawunicodeescape' if raw else 'unicodeescape'   # as CPython's errors name them

    def encode(self, text, errors='strict'):
        out = []
        for c in text:
            cp = ord(c)
            if self.raw:
                if cp < 0x100:
                    out.append(chr(cp))
                else:
                    out.append('\\u%04x' % cp if cp < 0x10000 else '\\U%08x' % cp)
                continue
            if c == '\\':
                out.append('\\\\')
            elif c == '\t':
                out.append('\\t')
            elif c == '\n':
                out.append('\\n')
            elif c == '\r':
                out.append('\\r')
            elif 32 <= cp < 127:
                out.append(c)
            elif cp < 0x100:
                out.append('\\x%02x' % cp)
            elif cp < 0x10000:
                out.append('\\u%04x' % cp)
            else:
                out.append('\\U%08x' % cp)
        return ''.join(out).encode('latin-1'), len(text)

    def decode(self, data, errors='strict', final=True):
        data = bytes(data)
        out = []
        i, n = 0, len(data)
        simple = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
                  ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v'}
        while i < n:
            b = data[i]
            if b != 0x5C or i + 1 >= n:
                if b == 0x5C and not self.raw:
                    i = _decode_error(errors, self.name, data, i, n, '\\ at end of string', out)
                    continue
                out.append(chr(b))
                i += 1
                continue
            e = data[i + 1]
            if self.raw:
                if e in (ord('u'), ord('U')):
                    width = 4 if e == ord('u') else 8
                    digits = data[i + 2:i + 2 + width]
                    try:
                        if len(digits) != width:
                            raise ValueError
                        out.append(chr(int(digits, 16)))
                        i += 2 + width
                    except ValueError:
                        i = _decode_error(errors, self.name, data, i, min(n, i + 2 + width),
                                          'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape', out)
                else:
                    out.append('\\')
                    i += 1
                continue
            if e in simple:
                out.append(simple[e])
                i += 2
            elif e == 0x0A:
                i += 2
            elif 0x30 <= e <= 0x37:
                j = i + 1
                while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(chr(int(data[i + 1:j], 8)))
                i = j
            elif e in (ord('x'), ord('u'), ord('U')):
                width = {ord('x'): 2, ord('u'): 4, ord('U'): 8}[e]
                digits = data[i + 2:i + 2 + width]
                try:
                    if len(digits) != width or not all(chr(d) in '0123456789abcdefABCDEF' for d in digits):
                        raise ValueError
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                except ValueError:
                    msg = {2: 'truncated \\xXX escape', 4: 'truncated \\uXXXX escape', 8: 'truncated \\UXXXXXXXX escape'}[width]
                    end = i + 2
                    while end < n and end < i + 2 + width and chr(data[end]) in '0123456789abcdefABCDEF':
                        end += 1
                    i = _decode_error(errors, self.name, data, i, end, msg, out)
            elif e == ord('N'):
                i = self._named(data, i, errors, out)
            else:
                out.append('\\' + chr(e))
                i += 2
        return ''.join(out), n

    def _named(self, data, i, errors, out):
        # \N{name}: a character by name or alias (not a named sequence), as the parser reads
        # it; the error spans what CPython's decoder spans.
        n = len(data)
        if i + 2 < n and data[i + 2] == ord('{'):
            close = data.find(b'}', i + 3)
            if close > i + 3:
                import unicodedata
                name = data[i + 3:close].decode('latin-1')
                try:
                    found = unicodedata.lookup(name)
                except KeyError:
                    found = ''
                if len(found) == 1:
                    out.append(found)
                    return close + 1
                return _decode_error(errors, self.name, data, i, close + 1, 'unknown Unicode character name', out)
            end = n if close < 0 else close
            return _decode_error(errors, self.name, data, i, end, 'malformed \\N character escape', out)
        return _decode_error(errors, self.name, data, i, min(n, i + 2), 'malformed \\N character escape', out)


# ---- Bytes-to-bytes codecs (codecs.encode / codecs.decode only) ---------------------------------

class _BytesCodec:
    text = False

    def __init__(self, name, enc, dec):
        self.name = name
        self._enc = enc
        self._dec = dec

    def encode(self, data, errors='strict'):
        return self._enc(data), len(data)

    def decode(self, data, errors='strict', final=True):
        return self._dec(data), len(data)


def _hex_enc(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_dec(data):
    import binascii
    return binascii.a2b_hex(data)


def _b64_enc(data):
    import base64
    return base64.encodebytes(data)


def _b64_dec(data):
    import base64
    return base64.decodebytes(data)


def _zlib_enc(data):
    import zlib
    return zlib.compress(data)


def _zlib_dec(data):
    import zlib
    return zlib.decompress(data)


def _quopri_enc(data):
    import binascii
    return binascii.b2a_qp(data, quotetabs=True)


def _quopri_dec(data):
    import binascii
    return binascii.a2b_qp(data)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


class _Rot13Codec:
    name = 'rot-13'
    text = False

    def encode(self, text, errors='strict'):
        return text.translate(_ROT13), len(text)

    def decode(self, text, errors='strict', final=True):
        return text.translate(_ROT13), len(text)


# ---- The registry -----------------------------------------------------------------------------

_FACTORIES = {
    'utf_8': _Utf8Codec, 'utf_8_sig': _Utf8SigCodec,
    'ascii': lambda: _AsciiCodec('ascii', 128), 'latin_1': lambda: _AsciiCodec('iso8859-1', 256),
    'utf_16': lambda: _Utf16Codec(None), 'utf_16_le': lambda: _Utf16Codec('little'),
    'utf_16_be': lambda: _Utf16Codec('big'),
    'utf_32': lambda: _Utf32Codec(None), 'utf_32_le': lambda: _Utf32Codec('little'),
    'utf_32_be': lambda: _Utf32Codec('big'),
    'unicode_escape': lambda: _UnicodeEscapeCodec(False), 'raw_unicode_escape': lambda: _UnicodeEscapeCodec(True),
    'hex_codec': lambda: _BytesCodec('hex', _hex_enc, _hex_dec),
    'base64_codec': lambda: _BytesCodec('base64', _b64_enc, _b64_dec),
    'zlib_codec': lambda: _BytesCodec('zlib', _zlib_enc, _zlib_dec),
    'quopri_codec': lambda: _BytesCodec('quopri', _quopri_enc, _quopri_dec),
    'rot_13': _Rot13Codec,
}
for _key in _HIGH_HALF_NAMES:
    _FACTORIES[_key] = (lambda k: lambda: _CharmapCodec(k))(_key)

_codecs = {}             # key -> codec object (built on first use)
_search_functions = []   # codecs.register
_cache = {}              # normalized name -> CodecInfo


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _builtin(name):
    """The codec object for a built-in encoding name, or None."""
    key = normalize(name)
    key = _ALIASES.get(key, key)
    codec = _codecs.get(key)
    if codec is None:
        factory = _FACTORIES.get(key)
        if factory is None:
            return None
        codec = _codecs[key] = factory()
    return codec


def lookup(encoding):
    import codecs
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = encoding.lower().replace(' ', '_')
    info = _cache.get(norm)
    if info is not None:
        return info
    codec = _builtin(encoding)
    if codec is not None:
        info = codecs._make_info(codec)
    else:
        for fn in _search_functions:
            info = fn(norm)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4 and not isinstance(info, codecs.CodecInfo):
                    raise TypeError("codec search functions must return 4-tuples")
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


def _text_codec(encoding, what):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, what))
    return info


def encode_text(text, encoding, errors):
    """str.encode for the encodings the C++ codecs do not handle."""
    info = _text_codec(encoding, 'encode')
    res = info.encode(text, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    out = res[0]
    if isinstance(out, bytearray):
        out = bytes(out)
    if not isinstance(out, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"
                        % (encoding, type(out).__name__))
    return out


def decode_text(data, encoding, errors):
    """bytes.decode for the encodings the C++ codecs do not handle."""
    info = _text_codec(encoding, 'decode')
    res = info.decode(data, errors)
    if not isinstance(res, tuple) or len(res) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    out = res[0]
    if not isinstance(out, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types"
                        % (encoding, type(out).__name__))
    return out
