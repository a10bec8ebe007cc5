"""dbm: the generic interface to the key-value database files of dbm.gnu, dbm.ndbm and dbm.dumb.

pygen ships none of those backends, so open() fails as CPython's does when it can import none of
them; whichdb() still tells which backend wrote a database from its files.
CPython counterpart: Lib/dbm/__init__.py (behaviour only).
"""

import io
import os
import struct

__all__ = ["open", "whichdb", "error"]

_BACKENDS = ["dbm.gnu", "dbm.ndbm", "dbm.dumb"]


class error(Exception):
    pass


# Each backend raises its own error class; dbm.error lists them with OSError, the backends' base.
error = (error, OSError)


def open(file, flag="r", mode=0o666):
    """Opens (flag 'r', 'w', 'c' or 'n') the database `file` with the backend that wrote it."""
    raise ImportError("no dbm clone found; tried %s" % _BACKENDS)


# The magic numbers at the start of a GNU dbm file (either byte order) and of a Berkeley hash
# file, which ndbm may use.
_GDBM_MAGICS = (0x13579ACE, 0x13579ACD, 0x13579ACF)
_BSD_HASH_MAGIC = 0x061561


def _exists(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """The backend module's name ('dbm.gnu', 'dbm.ndbm', 'dbm.dumb') that wrote the database
    `filename`, '' when its format is unknown, None when it cannot be read."""
    filename = os.fsencode(filename)
    if _exists(filename + b".pag") and _exists(filename + b".dir"):
        return "dbm.ndbm"
    if _exists(filename + b".db"):
        # Berkeley DB's ndbm emulation keeps one .db file.
        return "dbm.ndbm"
    if _exists(filename + b".dat"):
        try:
            size = os.stat(filename + b".dat").st_size
        except OSError:
            size = None
        if size is not None and _exists(filename + b".dir"):
            if size == 0:
                return "dbm.dumb"
            with io.open(filename + b".dir", "rb") as f:
                first = f.read(1)
            if first in (b"'", b'"'):
                return "dbm.dumb"
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) != 16:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic & 0xFFFFFFFF in _GDBM_MAGICS:
        return "dbm.gnu"
    (magic,) = struct.unpack("=l", head[-4:])
    if magic == _BSD_HASH_MAGIC:
        return "dbm.ndbm"
    return ""
