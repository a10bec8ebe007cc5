"""Compression compatible with gzip, on the system's zlib library (the C++ _zlib module in
src/modules/zlib/). This file defines zlib.error and re-exports the rest.
CPython counterpart: Modules/zlibmodule.c (behaviour only).
"""

import _zlib
from _zlib import *


class error(Exception):
    pass


error.__module__ = "zlib"
_zlib._set_error(error)
del _zlib
