"""Conversions between Python values and C structs packed into bytes.

Packing, unpacking and format parsing are C++ (_struct, src/modules/struct/); this file holds
struct.error, the Struct class and iter_unpack.
CPython counterpart: Lib/struct.py and the Struct type of Modules/_struct.c (behaviour only).
"""

import _struct
from _struct import pack, pack_into, unpack, unpack_from, calcsize

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"
_struct._set_error(error)


def _iterate(format, buffer, size):
    for offset in range(0, len(buffer), size):
        yield unpack_from(format, buffer, offset)


def iter_unpack(format, buffer):
    """An iterator over the consecutive structs of format in buffer."""
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return _iterate(format, bytes(buffer), size)


class Struct:
    """A compiled struct format: pack/unpack without reparsing it."""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")
        self._format = format

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)


Struct.__module__ = "_struct"
