"""What bz2 and lzma share: BaseStream (the mode checks of a compressed file object),
DecompressReader (a raw reader running a decompressor over a file of one or more concatenated
streams, so that io.BufferedReader gives read/readline/peek over it) and CompressedFile, the body
of BZ2File and LZMAFile, which differ only in how they make their (de)compressors.
Written for pygen; CPython counterpart: Lib/_compression.py (BUFFER_SIZE, BaseStream and
DecompressReader keep its names and behaviour).
"""

import builtins
import io
import os
import sys

# How much compressed data a reader asks its file for at a time (tests lower it).
BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


class BaseStream(io.BufferedIOBase):
    """A compressed file: the checks BZ2File and LZMAFile make before an operation."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")


class DecompressReader(io.RawIOBase):
    """Raw, read-only stream of the data decompressed from the file `fp`.

    A fresh decompressor (decomp_factory(**decomp_args)) starts after each stream ends, so a
    file holding several streams reads as their concatenation. Data after the last stream that
    a fresh decompressor rejects with one of `trailing_error` is ignored, as the command-line
    tools ignore it.
    """

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._make = lambda: decomp_factory(**decomp_args)
        self._trailing = trailing_error
        self._decompressor = self._make()
        self._eof = False
        self._pos = 0      # offset in the decompressed data
        self._size = -1    # decompressed length, known once the end was reached

    def readable(self):
        return True

    def seekable(self):
        return self._fp.seekable()

    def close(self):
        self._decompressor = None
        return super().close()

    def readinto(self, b):
        target = memoryview(b).cast("B")
        try:
            chunk = self.read(len(target))
            target[:len(chunk)] = chunk
        finally:
            target.release()
        return len(chunk)

    def _next_piece(self, size):
        """Up to `size` decompressed bytes; b"" at the end of the last stream.

        A decompressor may swallow input without giving output yet, hence the loop.
        """
        while True:
            current = self._decompressor
            if current.eof:
                # A stream is over: another may follow it, or nothing, or garbage.
                more = current.unused_data
                if not more:
                    more = self._fp.read(BUFFER_SIZE)
                if not more:
                    return b""
                self._decompressor = self._make()
                try:
                    piece = self._decompressor.decompress(more, size)
                except self._trailing:
                    return b""
            elif current.needs_input:
                more = self._fp.read(BUFFER_SIZE)
                if not more:
                    raise EOFError("Compressed file ended before the "
                                   "end-of-stream marker was reached")
                piece = current.decompress(more, size)
            else:
                piece = current.decompress(b"", size)
            if piece:
                return piece

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0 or self._eof:
            return b""
        piece = self._next_piece(size)
        if piece:
            self._pos += len(piece)
        else:
            self._eof = True
            self._size = self._pos
        return piece

    def readall(self):
        pieces = []
        piece = self.read(sys.maxsize)
        while piece:
            pieces.append(piece)
            piece = self.read(sys.maxsize)
        return b"".join(pieces)

    def seek(self, offset, whence=io.SEEK_SET):
        # Compressed data has no index: a position is reached by decompressing up to it, from
        # the beginning again when it lies behind.
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))

        if offset < self._pos:
            self._fp.seek(0)
            self._decompressor = self._make()
            self._eof = False
            self._pos = 0
        skip = offset - self._pos
        while skip > 0:
            got = len(self.read(min(skip, io.DEFAULT_BUFFER_SIZE)))
            if got == 0:
                break
            skip -= got
        return self._pos

    def tell(self):
        return self._pos


# The states of a CompressedFile (_mode).
_CLOSED, _READING, _WRITING = 0, 1, 3


class CompressedFile(BaseStream):
    """BZ2File and LZMAFile: reading through io.BufferedReader over a DecompressReader,
    writing through a compressor, on a file opened here or given by the caller.

    A subclass's __init__ calls _open(filename, mode, compressor_or_reader_args).
    """

    _fp = None
    _mode = _CLOSED

    def _open(self, filename, mode, compressor, reader_args):
        """Open `filename` ("rb", "wb", "xb" or "ab" already checked) or take a file object.

        `compressor` is used when writing; `reader_args` are DecompressReader's when reading.
        """
        state = _READING if mode == "rb" else _WRITING
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
            self._closefp = False
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = state
        if state == _READING:
            self._buffer = io.BufferedReader(DecompressReader(self._fp, **reader_args))
        else:
            self._compressor = compressor
            self._pos = 0   # uncompressed bytes written so far (tell())

    def close(self):
        """Finish the stream and close the file; a file object given by the caller stays open.

        Closing twice does nothing.
        """
        state = self._mode
        if state == _CLOSED:
            return
        fp = self._fp
        try:
            if state == _READING:
                self._buffer.close()
            else:
                fp.write(self._compressor.flush())
        finally:
            self._mode = _CLOSED
            self._fp = None
            self._buffer = self._compressor = None
            if self._closefp:
                self._closefp = False
                fp.close()

    @property
    def closed(self):
        """True once the file is closed."""
        return self._mode == _CLOSED

    def fileno(self):
        """The file descriptor of the underlying file."""
        self._check_not_closed()
        return self._fp.fileno()

    def readable(self):
        """Whether the file was opened for reading."""
        self._check_not_closed()
        return self._mode == _READING

    def writable(self):
        """Whether the file was opened for writing."""
        self._check_not_closed()
        return self._mode == _WRITING

    def seekable(self):
        """Whether seek() works: only when reading a seekable file."""
        if not self.readable():
            return False
        return self._buffer.seekable()

    def _reader(self):
        self._check_can_read()
        return self._buffer

    def read(self, size=-1):
        """Up to `size` uncompressed bytes (all that is left when size is negative or None)."""
        return self._reader().read(size)

    def read1(self, size=-1):
        """Up to `size` bytes with at most one read of the underlying file."""
        reader = self._reader()
        return reader.read1(io.DEFAULT_BUFFER_SIZE if size < 0 else size)

    def readinto(self, b):
        """Read bytes into the writable buffer `b`; returns how many."""
        return self._reader().readinto(b)

    def readline(self, size=-1):
        """One line, ending with b'\\n' unless it is the last; at most `size` bytes."""
        return self._reader().readline(size)

    def write(self, data):
        """Compress and write a bytes-like object; returns its size uncompressed."""
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += count
        return count

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to a position in the uncompressed data; returns the new position.

        Emulated by decompressing: backwards means starting again from the beginning.
        """
        self._check_can_seek()
        return self._buffer.seek(offset, whence)

    def tell(self):
        """The position in the uncompressed data."""
        self._check_not_closed()
        return self._buffer.tell() if self._mode == _READING else self._pos


def open_text_or_binary(make_binary, mode, encoding, errors, newline):
    """bz2.open/lzma.open: make_binary(mode without "t"), wrapped in an io.TextIOWrapper when
    `mode` has a "t"; the text arguments are refused in binary mode."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary = make_binary(mode.replace("t", ""))
    if not text:
        return binary
    return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
