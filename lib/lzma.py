"""LZMA and XZ compression: LZMAFile, open(), one-shot compress()/decompress() and every
constant, on the C++ _lzma module (LZMACompressor/LZMADecompressor over the system's liblzma,
src/modules/lzma/). The file object's body is _compression.CompressedFile, shared with bz2.
Written for pygen; CPython counterpart: Lib/lzma.py (same names, behaviour and messages).
"""

# The constants first (as CPython lists them), then the classes and functions.
__all__ = """
    CHECK_NONE CHECK_CRC32 CHECK_CRC64 CHECK_SHA256 CHECK_ID_MAX CHECK_UNKNOWN
    FILTER_LZMA1 FILTER_LZMA2 FILTER_DELTA FILTER_X86 FILTER_IA64
    FILTER_ARM FILTER_ARMTHUMB FILTER_POWERPC FILTER_SPARC
    FORMAT_AUTO FORMAT_XZ FORMAT_ALONE FORMAT_RAW
    MF_HC3 MF_HC4 MF_BT2 MF_BT3 MF_BT4 MODE_FAST MODE_NORMAL PRESET_DEFAULT PRESET_EXTREME
    LZMACompressor LZMADecompressor LZMAFile LZMAError
    open compress decompress is_check_supported
""".split()

from _lzma import *
from _lzma import _encode_filter_properties, _decode_filter_properties
import _compression

# Accepted modes and the binary mode the underlying file is opened in.
_FILE_MODES = {"r": "rb", "rb": "rb", "w": "wb", "wb": "wb",
               "a": "ab", "ab": "ab", "x": "xb", "xb": "xb"}


class LZMAFile(_compression.CompressedFile):
    """A file object giving the uncompressed data of an .xz or .lzma file (or raw LZMA data).

    Reading decompresses on the fly (readline, peek and iteration work) and reads several
    concatenated streams as one; writing compresses with LZMACompressor's format, check,
    preset and filters.
    """

    def __init__(self, filename=None, mode="r", *,
                 format=None, check=-1, preset=None, filters=None):
        file_mode = _FILE_MODES.get(mode) if isinstance(mode, str) else None
        if file_mode is None:
            raise ValueError("Invalid mode: {!r}".format(mode))
        writer = None
        if file_mode == "rb":
            # Only a writer chooses these: a reader learns them from the data.
            if check != -1:
                raise ValueError("Cannot specify an integrity check "
                                 "when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression "
                                 "level when opening a file for reading")
        else:
            writer = LZMACompressor(format=FORMAT_XZ if format is None else format,
                                    check=check, preset=preset, filters=filters)
        reader_args = {"decomp_factory": LZMADecompressor, "trailing_error": LZMAError,
                       "format": FORMAT_AUTO if format is None else format,
                       "filters": filters}
        self._open(filename, file_mode, writer, reader_args)

    def peek(self, size=-1):
        """Buffered data without moving the position: at least one byte unless at the end."""
        return self._reader().peek(size)


def open(filename, mode="rb", *,
         format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an LZMA-compressed file in binary ("r", "w", "x", "a", with an optional "b") or
    text mode ("rt", "wt", "xt", "at"); text mode wraps the LZMAFile in an io.TextIOWrapper with
    the given encoding, errors and newline. format, check, preset and filters are LZMAFile's.
    """
    def binary(lz_mode):
        return LZMAFile(filename, lz_mode, format=format, check=check,
                        preset=preset, filters=filters)
    return _compression.open_text_or_binary(binary, mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """`data` compressed as one stream (see LZMACompressor for the arguments)."""
    compressor = LZMACompressor(format, check, preset, filters)
    head = compressor.compress(data)
    return head + compressor.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The decompressed data of one or more concatenated streams.

    Bytes after the last stream that are not a valid stream are ignored.
    """
    pieces = []
    rest = data
    while True:
        decompressor = LZMADecompressor(format, memlimit, filters)
        try:
            pieces.append(decompressor.decompress(rest))
        except LZMAError:
            if not pieces:
                raise
            break   # garbage after at least one complete stream
        if not decompressor.eof:
            raise LZMAError("Compressed data ended before the "
                            "end-of-stream marker was reached")
        rest = decompressor.unused_data
        if not rest:
            break
    return b"".join(pieces)
