# gzip for pygen (RFC 1952 over the zlib module), written from the CPython 3.11 documentation.
#
# A gzip member is a 10-byte header (magic, method, flags, mtime, extra flags, OS), optional
# fields (extra, file name, comment, header CRC), a raw deflate stream, then the CRC-32 and the
# length of the data modulo 2**32. A file may hold several members one after the other (and
# zero padding between them); reading gives their data concatenated.
#
# GzipFile reads through io.BufferedReader over _GzipReader, a raw stream that inflates member
# after member; writing deflates into the underlying file as data comes.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    """Open a gzip-compressed file in binary or text mode (a GzipFile or a TextIOWrapper)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return b'\002'
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return b'\004'
    return b'\000'


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError(_EOF_MESSAGE)
        data += b
    return data


def _read_gzip_header(fp):
    """Read a member's header; its mtime, or None at the end of the file."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flag & field:      # zero-terminated
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


class _PaddedFile:
    """A file whose reads first return what was read too far (the inflater's leftovers)."""

    def __init__(self, f, prepend=b''):
        self._buffer = prepend
        self.file = f

    def read(self, size):
        if self._buffer:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
            if len(data) < size:
                data += self.file.read(size - len(data))
            return data
        return self.file.read(size)

    def prepend(self, prepend=b''):
        self._buffer = prepend + self._buffer

    def seek(self, off):
        self._buffer = b''
        return self.file.seek(off)

    def seekable(self):
        return True


class _GzipReader(io.RawIOBase):
    """Raw stream of the uncompressed data of every member of a gzip file."""

    def __init__(self, fp):
        self._fp = _PaddedFile(fp)
        self._new_member = True
        self._decompressor = None
        self._eof = False
        self._pos = 0
        self._size = -1
        self._last_mtime = None

    def readable(self):
        return True

    def seekable(self):
        return self._fp.file.seekable()

    def _init_member(self):
        self._crc = zlib.crc32(b"")
        self._stream_size = 0

    def _read_eof(self):
        crc32, isize = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        if isize != (self._stream_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the file after a member.
        c = b"\x00"
        while c == b"\x00":
            c = self._fp.read(1)
        if c:
            self._fp.prepend(c)

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b""
        while True:
            if self._decompressor is not None and self._decompressor.eof:
                self._fp.prepend(self._decompressor.unused_data)
                self._read_eof()
                self._new_member = True
                self._decompressor = None
            if self._new_member:
                self._init_member()
                mtime = _read_gzip_header(self._fp)
                if mtime is None:
                    self._eof = True
                    self._size = self._pos
                    return b""
                self._last_mtime = mtime
                self._new_member = False
                self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            tail = self._decompressor.unconsumed_tail
            buf = tail if tail else self._fp.read(READ_BUFFER_SIZE)
            uncompress = self._decompressor.decompress(buf, size)
            if not self._decompressor.eof and not uncompress and not buf:
                raise EOFError(_EOF_MESSAGE)
            if uncompress:
                break
        self._crc = zlib.crc32(uncompress, self._crc)
        self._stream_size += len(uncompress)
        self._pos += len(uncompress)
        return uncompress

    def readall(self):
        chunks = []
        while True:
            data = self.read(io.DEFAULT_BUFFER_SIZE * 8)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def _rewind(self):
        self._fp.seek(0)
        self._new_member = True
        self._decompressor = None
        self._eof = False
        self._pos = 0

    def tell(self):
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data; it also works with a given file object."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            raw = _GzipReader(fileobj)
            self._buffer = io.BufferedReader(raw)
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future "
                              "Python releases.  Specify the mode argument for opening it for "
                              "writing.", FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None."""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b'\037\213')
        self.fileobj.write(b'\010')
        try:
            # The stored name is the base name without '.gz', in Latin-1 (RFC 1952).
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        self.fileobj.write(chr(FNAME if fname else 0).encode('latin-1'))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(struct.pack("<L", int(mtime) & 0xffffffff))
        self.fileobj.write(_xfl(compresslevel))
        self.fileobj.write(b'\377')
        if fname:
            self.fileobj.write(fname + b'\000')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "%s() on write-only GzipFile object" % what)

    def read(self, size=-1):
        self._check_read("read")
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_read("peek")
        return self._buffer.peek(n)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self.crc & 0xffffffff))
                fileobj.write(struct.pack("<L", self.size & 0xffffffff))
            elif self.mode == READ:
                self._buffer.close()
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the beginning."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
        elif self.mode == READ:
            self._check_not_closed()
            return self._buffer.seek(offset, whence)
        return self.offset

    def tell(self):
        self._check_not_closed()
        if self.mode == READ:
            return self._buffer.tell()
        return self.offset

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot; the result is one gzip member (without a file name)."""
    if mtime == 0:
        # zlib writes the same member itself (its header says OS 3, Unix, as CPython's does).
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = (b'\037\213\010\000' + struct.pack("<L", int(mtime) & 0xffffffff) +
              _xfl(compresslevel) + b'\377')
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    return header + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)


def decompress(data):
    """Decompress every member of data (gzip bytes) and return their data concatenated."""
    decompressed_members = []
    fp = io.BytesIO(data)
    while True:
        if _read_gzip_header(fp) is None:
            return b"".join(decompressed_members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        rest = fp.read()
        member = do.decompress(rest)
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if length != (len(member) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        decompressed_members.append(member)
        rest = do.unused_data[8:].lstrip(b"\x00")
        fp = io.BytesIO(rest)


def main():
    """python -m gzip [-d] [--fast | --best] [file ...]: compress or decompress files."""
    from argparse import ArgumentParser
    import sys
    parser = ArgumentParser(description="A simple command line interface for the gzip module: "
                            "act like gzip, but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar='file')
    args = parser.parse_args()
    compresslevel = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        compresslevel = _COMPRESS_LEVEL_FAST
    elif args.best:
        compresslevel = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == "-":
                f = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                g = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {arg!r}")
                f = open(arg, "rb")
                g = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                f = sys.stdin.buffer
                g = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                             compresslevel=compresslevel)
            else:
                f = builtins.open(arg, "rb")
                g = open(arg + ".gz", "wb")
        while True:
            chunk = f.read(READ_BUFFER_SIZE)
            if not chunk:
                break
            g.write(chunk)
        if arg != "-" or not args.decompress:
            g.close()       # the compressed stream of '-' ends here; stdout itself stays open
        if arg != "-":
            f.close()


if __name__ == '__main__':
    main()
