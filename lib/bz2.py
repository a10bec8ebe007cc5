"""bzip2 compression: BZ2File, open(), and one-shot compress()/decompress(), on the C++ _bz2
module (BZ2Compressor/BZ2Decompressor over the system's libbz2, src/modules/bz2/). The file
object's body is _compression.CompressedFile, shared with lzma.
Written for pygen; CPython counterpart: Lib/bz2.py (same names, behaviour and messages).
"""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor",
           "open", "compress", "decompress"]

import _compression

from _bz2 import BZ2Compressor, BZ2Decompressor

# Accepted modes and the binary mode the underlying file is opened in.
_FILE_MODES = {"": "rb", "r": "rb", "rb": "rb", "w": "wb", "wb": "wb",
               "x": "xb", "xb": "xb", "a": "ab", "ab": "ab"}


def _as_index(size):
    # BZ2File's line methods take anything with __index__, and say so otherwise.
    if isinstance(size, int):
        return size
    if not hasattr(size, "__index__"):
        raise TypeError("Integer argument expected")
    return size.__index__()


class BZ2File(_compression.CompressedFile):
    """A file object giving the uncompressed data of a bzip2 file.

    Reading decompresses on the fly (readline, peek and iteration work) and reads several
    concatenated streams as one; writing compresses at `compresslevel` (1-9).
    """

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if compresslevel < 1 or compresslevel > 9:
            raise ValueError("compresslevel must be between 1 and 9")
        file_mode = _FILE_MODES.get(mode) if isinstance(mode, str) else None
        if file_mode is None:
            raise ValueError("Invalid mode: %r" % (mode,))
        writer = None if file_mode == "rb" else BZ2Compressor(compresslevel)
        self._open(filename, file_mode, writer,
                   {"decomp_factory": BZ2Decompressor, "trailing_error": OSError})

    def peek(self, n=0):
        """Buffered data without moving the position: at least one byte unless at the end."""
        return self._reader().peek(n)

    def readline(self, size=-1):
        """One line, ending with b'\\n' unless it is the last; at most `size` bytes."""
        size = _as_index(size)
        return self._reader().readline(size)

    def readlines(self, size=-1):
        """The remaining lines; stops once `size` bytes or more were read."""
        size = _as_index(size)
        return self._reader().readlines(size)


def open(filename, mode="rb", compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2 file in binary ("r", "w", "x", "a", with an optional "b") or text mode
    ("rt", "wt", "xt", "at"); text mode wraps the BZ2File in an io.TextIOWrapper with the given
    encoding, errors and newline.
    """
    def binary(bz_mode):
        return BZ2File(filename, bz_mode, compresslevel=compresslevel)
    return _compression.open_text_or_binary(binary, mode, encoding, errors, newline)


def compress(data, compresslevel=9):
    """`data` compressed as one bzip2 stream."""
    compressor = BZ2Compressor(compresslevel)
    head = compressor.compress(data)
    return head + compressor.flush()


def decompress(data):
    """The decompressed data of one or more concatenated bzip2 streams.

    Bytes after the last stream that are not a valid stream are ignored.
    """
    pieces = []
    rest = data
    while rest:
        decompressor = BZ2Decompressor()
        try:
            pieces.append(decompressor.decompress(rest))
        except OSError:
            if not pieces:
                raise
            break   # garbage after at least one complete stream
        if not decompressor.eof:
            raise ValueError("Compressed data ended before the "
                             "end-of-stream marker was reached")
        rest = decompressor.unused_data
    return b"".join(pieces)
