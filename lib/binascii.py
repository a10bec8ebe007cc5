"""Conversions between binary data and ASCII encodings (hex, base64) and the crc32/crc_hqx
checksums. The work is C++ (_binascii, src/modules/binascii/); this file defines the exceptions.
CPython counterpart: Modules/binascii.c (behaviour only).
"""

import _binascii
from _binascii import (hexlify, b2a_hex, unhexlify, a2b_hex, b2a_base64, a2b_base64, crc32,
                       crc_hqx)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"
_binascii._set_error(Error)


# ---- uuencode and quoted-printable (Python: line-sized data, rarely hot) ----

def _ascii_bytes(data):
    """An a2b_* argument: an ASCII str or any bytes-like object, as bytes."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _binary_bytes(data):
    """A b2a_* argument: any bytes-like object, as bytes."""
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_uu(data, /, *extra, backtick=False):
    """One uuencoded line (at most 45 bytes of data): a length character, four characters per
    three bytes (zero-padded), and a newline. backtick writes '`' instead of ' ' for zero."""
    if extra:
        raise TypeError("b2a_uu() takes exactly 1 positional argument (%d given)" % (1 + len(extra)))
    raw = _binary_bytes(data)
    if len(raw) > 45:
        raise Error("At most 45 bytes at once")

    def char(six_bits):
        return 0x60 if backtick and six_bits == 0 else 0x20 + six_bits

    out = bytearray([char(len(raw))])
    for start in range(0, len(raw), 3):
        group = raw[start:start + 3].ljust(3, b"\0")
        bits = int.from_bytes(group, "big")
        out += bytes(char((bits >> shift) & 0x3F) for shift in (18, 12, 6, 0))
    out.append(0x0A)
    return bytes(out)


def a2b_uu(data, /):
    """The bytes of one uuencoded line. Characters missing at the end of the line count as
    zeros; anything after the data but spaces, backticks and line ends is an error."""
    text = _ascii_bytes(data)
    # An empty line reads its length from a NUL, as CPython's buffer end does: 32 zero bytes.
    want = ((text[0] if text else 0) - 0x20) & 0x3F
    pos = 1
    out = bytearray()
    acc = nbits = 0
    while len(out) < want:
        c = text[pos] if pos < len(text) else 0x0A
        pos += 1
        if c in (0x0A, 0x0D):
            value = 0
        elif c < 0x20 or c > 0x60:
            raise Error("Illegal char")
        else:
            value = (c - 0x20) & 0x3F
        acc = (acc << 6) | value
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    for c in text[pos:]:
        if c not in (0x20, 0x60, 0x0A, 0x0D):
            raise Error("Trailing garbage")
    return bytes(out)


_HEX_DIGITS = b"0123456789ABCDEF"
_HEX_VALUES = {c: int(chr(c), 16) for c in b"0123456789abcdefABCDEF"}


def a2b_qp(data, header=False):
    """Decodes quoted-printable: =XX escapes, '=' line continuations, and '_' as a space in
    headers. A lone or malformed '=' is kept as it is."""
    text = _ascii_bytes(data)
    out = bytearray()
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == 0x3D:   # '='
            i += 1
            if i >= n:
                break
            nxt = text[i]
            if nxt in (0x0A, 0x0D):
                # A soft line break: skip to past the end of the line.
                while i < n and text[i] != 0x0A:
                    i += 1
                if i < n:
                    i += 1
            elif nxt == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and nxt in _HEX_VALUES and text[i + 1] in _HEX_VALUES:
                out.append(_HEX_VALUES[nxt] * 16 + _HEX_VALUES[text[i + 1]])
                i += 2
            else:
                out.append(0x3D)
        elif header and c == 0x5F:   # '_'
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


_QP_LINE = 76


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encodes quoted-printable in lines of at most 76 characters. Line ends stay line ends in
    text (all written as the first one found: CRLF or LF), trailing blanks of a line and
    everything unsafe are =XX escaped."""
    raw = _binary_bytes(data)
    n = len(raw)
    first_lf = raw.find(b"\n")
    newline = b"\r\n" if first_lf > 0 and raw[first_lf - 1] == 0x0D else b"\n"
    out = bytearray()
    width = 0
    i = 0
    while i < n:
        c = raw[i]
        at_end = i + 1 == n
        after = raw[i + 1] if not at_end else None
        escape = (
            c > 126 or c == 0x3D or (header and c == 0x5F)
            or (c == 0x2E and width == 0 and (at_end or after in (0x0A, 0x0D, 0)))
            or (not istext and c in (0x0A, 0x0D))
            or (c in (0x09, 0x20) and at_end)
            or (c < 33 and c not in (0x0A, 0x0D) and (quotetabs or c not in (0x09, 0x20)))
        )
        if escape:
            if width + 3 >= _QP_LINE:
                out += b"=" + newline
                width = 0
            out += b"=" + _HEX_DIGITS[c >> 4:(c >> 4) + 1] + _HEX_DIGITS[c & 15:(c & 15) + 1]
            width += 3
            i += 1
        elif istext and (c == 0x0A or (c == 0x0D and after == 0x0A)):
            width = 0
            if out and out[-1] in (0x09, 0x20):
                blank = out.pop()
                out += b"=" + _HEX_DIGITS[blank >> 4:(blank >> 4) + 1] + _HEX_DIGITS[blank & 15:(blank & 15) + 1]
            out += newline
            i += 2 if c == 0x0D else 1
        else:
            if not at_end and after != 0x0A and width + 1 >= _QP_LINE:
                out += b"=" + newline
                width = 0
            width += 1
            out.append(0x5F if header and c == 0x20 else c)
            i += 1
    return bytes(out)
