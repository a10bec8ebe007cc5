# uuid: RFC 4122 UUIDs: the UUID class (parsing, fields, variants, versions) and uuid1/uuid3/
# uuid4/uuid5. uuid1's node is random (pygen does not read hardware addresses).
# Written for pygen from the Python 3.11 documentation.

import os
import operator as _operator
from enum import Enum

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'SafeUUID']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# The six RFC 4122 fields: (name, lowest bit in the 128-bit integer, width in bits).
_LAYOUT = (('time_low', 96, 32), ('time_mid', 80, 16), ('time_hi_version', 64, 16),
           ('clock_seq_hi_variant', 56, 8), ('clock_seq_low', 48, 8), ('node', 0, 48))
_VARIANT_BITS = 48 + 13         # the top three bits of clock_seq_hi_variant: 63, 62, 61
_VERSION_SHIFT = 76


def _le_swap(raw):
    # bytes_le stores the first three fields little-endian: reverse bytes 0-3, 4-5 and 6-7.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, ((_, shift, width), field) in enumerate(zip(_LAYOUT, fields), 1):
        if not 0 <= field < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (position, article, width))
        value |= field << shift
    return value


def _field_property(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _int_comparison(compare):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return compare(self.int, other.int)
    method.__name__ = '__%s__' % compare.__name__
    return method


class UUID:
    """A UUID: 128 bits, given as hex (with or without braces, hyphens, 'urn:uuid:'), bytes,
    bytes_le, fields, or int; an optional version stamps the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            # Accepted decorations: a urn:uuid: prefix, braces and hyphens.
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _le_swap(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            int = _int_from_fields(fields)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # The variant becomes RFC 4122's (bits 10x) and the version nibble is set.
            int = (int & ~(0b11 << _VARIANT_BITS + 1)) | (0b10 << _VARIANT_BITS + 1)
            int = (int & ~(0xf << _VERSION_SHIFT)) | (version << _VERSION_SHIFT)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        # is_safe travels only when known, as its plain value.
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', safe)

    __eq__ = _int_comparison(_operator.eq)
    __lt__ = _int_comparison(_operator.lt)
    __gt__ = _int_comparison(_operator.gt)
    __le__ = _int_comparison(_operator.le)
    __ge__ = _int_comparison(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _le_swap(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _LAYOUT)

    time_low = _field_property(96, 32)
    time_mid = _field_property(80, 16)
    time_hi_version = _field_property(64, 16)
    clock_seq_hi_variant = _field_property(56, 8)
    clock_seq_low = _field_property(48, 8)
    node = _field_property(0, 48)

    @property
    def time(self):
        # 60 bits: time_hi (without the version nibble), time_mid, time_low.
        return (self.time_hi_version & 0x0fff) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def variant(self):
        # The first clear bit among the three variant bits decides.
        for bit, name in ((2, RESERVED_NCS), (1, RFC_4122), (0, RESERVED_MICROSOFT)):
            if not self.int >> (_VARIANT_BITS + bit) & 1:
                return name
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs have a version.
        if self.variant == RFC_4122:
            return self.int >> _VERSION_SHIFT & 0xf


_node = None


def getnode():
    """A 48-bit node number: here random, with the multicast bit set as RFC 4122 asks for
    numbers that are not hardware addresses."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


# 100-ns intervals from the start of the Gregorian calendar (1582-10-15) to the Unix epoch.
_GREGORIAN_OFFSET = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node number."""
    global _last_timestamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    # Never the same timestamp twice from this process, even within one clock tick.
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    fields = (stamp & 0xffffffff, stamp >> 32 & 0xffff, stamp >> 48 & 0x0fff,
              clock_seq >> 8 & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _from_digest(hash_name, namespace, name, version):
    import hashlib
    data = namespace.bytes + bytes(name, "utf-8")     # 3.11 takes str names only
    digest = getattr(hashlib, hash_name)(data).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 of a namespace UUID and a name."""
    return _from_digest('md5', namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 of a namespace UUID and a name."""
    return _from_digest('sha1', namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
