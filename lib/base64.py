# base64: Base16, Base32 (and its extended-hex alphabet), Base64 (standard and URL-safe), Ascii85
# and Base85 encodings of bytes, plus the MIME line-wrapped encodebytes/decodebytes and the file
# helpers encode/decode. Base64 itself is binascii's; the rest is here.
# Written for pygen from the documented behaviour of CPython 3.11's base64.
#
# Layout: two input coercions (_encode_input for the encoders, _decode_input for the decoders,
# which also take ASCII str); Base32 as 40-bit groups of eight 5-bit digits with a table of how
# many bytes each padding length leaves; Ascii85 and Base85 share _words_to_85 / _85_to_words
# over 32-bit big-endian words, with their own alphabets and special cases.

import binascii
import struct

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

_word = struct.Struct('!I')     # one 32-bit big-endian word, the unit of the 85 codecs


def _encode_input(data):
    """The bytes an encoder works on; a non-buffer raises memoryview's TypeError."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    return memoryview(data).tobytes()


def _decode_input(data):
    """The bytes a decoder works on: a bytes-like object, or a str of ASCII characters."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(data, bytes_types):
        return data
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r" %
                        type(data).__name__) from None
    return view.tobytes()


def _swap(data, old, new):
    # Replaces each byte of old by the byte at the same position in new.
    return data.translate(bytes.maketrans(bytes(old), bytes(new)))


def _two_chars(chars):
    assert len(chars) == 2, repr(chars)
    return chars


# ---- Base64 ----

def b64encode(s, altchars=None):
    """Base64-encode a bytes-like object; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    return _swap(encoded, b'+/', _two_chars(altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64; with validate, characters outside the alphabet are an error."""
    data = _decode_input(s)
    if altchars is not None:
        data = _swap(data, _two_chars(_decode_input(altchars)), b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_decode_input(s), b'-_', b'+/'))


# ---- Base32 ----
# Five bytes make eight 5-bit digits. A short last group is padded with '=' for the digits
# that would only encode the added zero bytes.

_UPPER = bytes(range(ord('A'), ord('Z') + 1))
_B32_RFC4648 = _UPPER + b'234567'
_B32_EXTENDED_HEX = b'0123456789' + _UPPER[:22]
_B32_PAD_FOR_TAIL = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}            # bytes in the last group -> '='
_B32_TAIL_FOR_PAD = {v: k or 5 for k, v in _B32_PAD_FOR_TAIL.items()}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    tail = len(data) % 5
    data += bytes(-len(data) % 5)
    digits = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5], 'big')
        digits += bytes(alphabet[(group >> shift) & 31] for shift in range(35, -5, -5))
    pad = _B32_PAD_FOR_TAIL[tail]
    if pad:
        digits[-pad:] = b'=' * pad
    return bytes(digits)


def _b32decode(alphabet, s, casefold=False, map01=None):
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 4648 allows mapping the digit 0 to O and 1 to a chosen letter (I or L).
        one = _decode_input(map01)
        assert len(one) == 1, repr(one)
        data = _swap(data, b'01', b'O' + one)
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pad = len(data) - len(body)
    value_of = {digit: value for value, digit in enumerate(alphabet)}
    groups = []
    group = 0
    for start in range(0, len(body), 8):
        group = 0
        for digit in body[start:start + 8]:
            if digit not in value_of:
                raise binascii.Error('Non-base32 digit found')
            group = group << 5 | value_of[digit]
        groups.append(group)
    if pad not in _B32_TAIL_FOR_PAD:
        raise binascii.Error('Incorrect padding')
    out = [g.to_bytes(5, 'big') for g in groups]
    if pad and out:
        # The last group lacks its padded digits: shift it into place, keep its real bytes.
        out[-1] = (group << 5 * pad).to_bytes(5, 'big')[:_B32_TAIL_FOR_PAD[pad]]
    return b''.join(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_RFC4648, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; casefold accepts lower case, map01 maps digit 1 (and 0 to O)."""
    return _b32decode(_B32_RFC4648, s, casefold, map01)


def b32hexencode(s):
    """Encode using the Extended Hex Alphabet of RFC 4648 Base32."""
    return _b32encode(_B32_EXTENDED_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_EXTENDED_HEX, s, casefold)


# ---- Base16 ----

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s using Base16 (upper-case hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16; lower-case digits only with casefold."""
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    if not _HEX_UPPER.issuperset(data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- Ascii85 and Base85 ----

_A85START = b"<~"
_A85END = b"~>"


def _words_to_85(data, alphabet, pad=False, zero=None, spaces=None):
    """Each 32-bit word as five base-85 digits (most significant first); zero/spaces: the
    one-byte abbreviations for an all-zero / all-space word. Without pad, the digits that only
    encode the zero bytes added to fill the last word are dropped."""
    data = _encode_input(data)
    filler = -len(data) % 4
    data += bytes(filler)
    pieces = []
    for (word,) in _word.iter_unpack(data):
        if zero is not None and word == 0:
            pieces.append(zero)
        elif spaces is not None and word == 0x20202020:
            pieces.append(spaces)
        else:
            digits = bytearray(5)
            for place in range(4, -1, -1):
                word, digits[place] = divmod(word, 85)
            pieces.append(bytes(alphabet[d] for d in digits))
    if filler and not pad:
        last = pieces[-1]
        if last == zero:
            last = bytes((alphabet[0],)) * 5
        pieces[-1] = last[:5 - filler]
    return b''.join(pieces)


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode b ('z' for four zero bytes, 'y' for four spaces with foldspaces)."""
    text = _words_to_85(b, _A85_ALPHABET, pad, zero=b'z', spaces=b'y' if foldspaces else None)
    if adobe:
        text = _A85START + text
    if wrapcol:
        # Adobe framing needs room for the final "~>" on the last line.
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[at:at + width] for at in range(0, len(text), width)]
        if adobe and len(lines[-1]) > width - 2:
            lines.append(b'')
        text = b'\n'.join(lines)
    return text + _A85END if adobe else text


def _group_value(digits, overflow_message):
    value = 0
    for digit in digits:
        value = value * 85 + digit
    try:
        return _word.pack(value)
    except struct.error:
        raise ValueError(overflow_message) from None


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 (with adobe, framed by <~ and ~>)."""
    data = _decode_input(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        data = data[2 if data.startswith(_A85START) else 0:-2]
    words = []
    group = []
    # Four 'u's (the highest digit) complete a short last group; the extra bytes they make
    # are cut off at the end.
    for byte in data + b'uuuu':
        if 33 <= byte <= 117:
            group.append(byte - 33)
            if len(group) == 5:
                words.append(_group_value(group, 'Ascii85 overflow'))
                group = []
        elif byte == 0x7a or (foldspaces and byte == 0x79):
            if group:
                raise ValueError('%c inside Ascii85 5-tuple' % byte)
            words.append(b'\0\0\0\0' if byte == 0x7a else b'    ')
        elif byte not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % byte)
    decoded = b''.join(words)
    extra = 4 - len(group)
    return decoded[:-extra] if extra else decoded


_B85_ALPHABET = (b'0123456789' + _UPPER + _UPPER.lower() + b'!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUE = {digit: value for value, digit in enumerate(_B85_ALPHABET)}


def b85encode(b, pad=False):
    """Base85-encode b (the git/Mercurial alphabet)."""
    return _words_to_85(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode Base85."""
    data = _decode_input(b)
    # '~' is the highest digit: it completes a short last group, the extra bytes cut off.
    extra = -len(data) % 5
    data += b'~' * extra
    words = []
    for start in range(0, len(data), 5):
        group = []
        for offset, digit in enumerate(data[start:start + 5]):
            value = _B85_VALUE.get(digit)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset)) from None
            group.append(value)
        words.append(_group_value(group, 'base85 overflow in hunk starting at byte %d' % start))
    decoded = b''.join(words)
    return decoded[:-extra] if extra else decoded


# ---- MIME (line-wrapped) Base64 ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if isinstance(s, bytes_types):
        return
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    # Only flat views of single bytes encode as their raw bytes.
    kind = type(s).__name__
    if view.format not in ("c", "b", "B"):
        raise TypeError("expected single byte elements, not %r from %s" % (view.format, kind))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, kind))


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[at:at + MAXBINSIZE])
                    for at in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a binary file into a base64 text file, 76 characters a line."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # A short read is not the end: fill the line's worth of input first.
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode a base64 text file into a binary file."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
