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
