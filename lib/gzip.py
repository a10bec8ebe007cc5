# gzip for pygen (RFC 1952 over the zlib module), written from the CPython 3.11 documentation.
#
# A gzip member is a 10-byte header (magic 1f 8b, method 8 = deflate, flags, mtime, extra
# flags, OS), optional fields (extra, file name, comment, header CRC), a raw deflate stream, and
# a trailer: the CRC-32 and the length of the data modulo 2**32. A file may hold several members
# one after the other, with zero bytes between them; reading gives their data concatenated.
#
# Reading goes through io.BufferedReader (read, readline, peek, read1 for free) over
# _MemberStream, a raw stream that inflates one member after another and checks each trailer.
# Writing deflates straight into the underlying file.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2                      # GzipFile.mode values (3.11 uses numbers)
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_MAGIC = b'\x1f\x8b'
_OS_UNKNOWN = b'\xff'
_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """The data is not gzip data, or is damaged."""


def _extra_flags(level):
    # RFC 1952's XFL: 2 = slowest, best compression; 4 = fastest.
    return {9: b'\x02', 1: b'\x04'}.get(level, b'\x00')


def _exactly(stream, n):
    """n bytes from stream; EOFError if it ends first."""
    got = b''
    while len(got) < n:
        more = stream.read(n - len(got))
        if not more:
            raise EOFError(_TRUNCATED)
        got += more
    return got


def _skip_zero_terminated(stream):
    while True:
        byte = stream.read(1)
        if byte in (b'', b'\x00'):
            return


def _parse_header(stream):
    """Consume one member header. Returns its mtime, or None if the stream is at its end."""
    magic = stream.read(2)
    if not magic:
        return None
    if magic != _MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack('<BBI', _exactly(stream, 6))
    _exactly(stream, 2)                 # extra flags and OS: nothing to check
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size = int.from_bytes(_exactly(stream, 2), 'little')
        _exactly(stream, size)
    if flags & FNAME:
        _skip_zero_terminated(stream)
    if flags & FCOMMENT:
        _skip_zero_terminated(stream)
    if flags & FHCRC:
        _exactly(stream, 2)
    return mtime


class _Pushback:
    """A file with an 'unread' buffer in front: the inflater reads past a member's end."""

    def __init__(self, raw):
        self.raw = raw
        self.pending = b''

    def read(self, n):
        if not self.pending:
            return self.raw.read(n)
        head, self.pending = self.pending[:n], self.pending[n:]
        if len(head) < n:
            head += self.raw.read(n - len(head))
        return head

    def unread(self, data):
        self.pending = data + self.pending

    def rewind(self):
        self.pending = b''
        self.raw.seek(0)


class _MemberStream(io.RawIOBase):
    """The uncompressed data of every member of a gzip file, as a raw readable stream."""

    def __init__(self, fileobj):
        self._src = _Pushback(fileobj)
        self._inflater = None           # None between members
        self._at_end = False
        self._offset = 0                # position in the uncompressed data
        self._length = None             # total uncompressed length, once known
        self._last_mtime = None

    def readable(self):
        return True

    def seekable(self):
        return self._src.raw.seekable()

    def readinto(self, buffer):
        data = self.read(len(memoryview(buffer)))
        memoryview(buffer).cast('B')[:len(data)] = data
        return len(data)

    def _finish_member(self):
        """Check the trailer of the member just inflated, then skip zero padding."""
        self._src.unread(self._inflater.unused_data)
        crc, size = struct.unpack('<II', _exactly(self._src, 8))
        if crc != self._crc:
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(self._crc)))
        if size != self._member_size & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        while True:
            byte = self._src.read(1)
            if byte != b'\x00':
                if byte:
                    self._src.unread(byte)
                break
        self._inflater = None

    def _start_member(self):
        """Read the next header; False at the end of the file."""
        mtime = _parse_header(self._src)
        if mtime is None:
            return False
        self._last_mtime = mtime
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._member_size = 0
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        while size and not self._at_end:
            if self._inflater is None and not self._start_member():
                self._at_end = True
                self._length = self._offset
                break
            if self._inflater.eof:
                self._finish_member()
                continue
            compressed = self._inflater.unconsumed_tail or self._src.read(READ_BUFFER_SIZE)
            data = self._inflater.decompress(compressed, size)
            if data:
                self._crc = zlib.crc32(data, self._crc)
                self._member_size += len(data)
                self._offset += len(data)
                return data
            if not compressed and not self._inflater.eof:
                raise EOFError(_TRUNCATED)
        return b''

    def readall(self):
        parts = []
        while True:
            part = self.read(io.DEFAULT_BUFFER_SIZE * 8)
            if not part:
                return b''.join(parts)
            parts.append(part)

    def tell(self):
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            while self._length is None:
                self.read(io.DEFAULT_BUFFER_SIZE)
            offset += self._length
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._offset:        # backwards: start again from the first member
            self._src.rewind()
            self._inflater = None
            self._at_end = False
            self._offset = 0
        while self._offset < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._offset)):
                break
        return self._offset


def _closed_error():
    return ValueError('I/O operation on closed file')


class GzipFile(io.BufferedIOBase):
    """A file object that reads or writes gzip data, in a named file or in a file object."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is not None:
            name = os.fspath(filename)
        else:
            name = getattr(fileobj, 'name', '')
            if not isinstance(name, (str, bytes)):
                name = ''
        self.name = name
        given_mode = mode
        mode = mode or getattr(fileobj, 'mode', 'rb')
        if mode[:1] == 'r':
            self.mode = READ
            self._buffer = io.BufferedReader(_MemberStream(fileobj))
        elif mode[:1] in ('w', 'a', 'x'):
            if given_mode is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future '
                              'Python releases.  Specify the mode argument for opening it for '
                              'writing.', FutureWarning, 2)
            self.mode = WRITE
            self.crc = 0
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fileobj.write(self._header(compresslevel))

    def _header(self, level):
        """The member header, with the file's base name (Latin-1, without '.gz') if it has one."""
        stored = os.path.basename(self.name)
        if isinstance(stored, str):
            try:
                stored = stored.encode('latin-1')
            except UnicodeEncodeError:
                stored = b''
        if stored.endswith(b'.gz'):
            stored = stored[:-3]
        when = time.time() if self._write_mtime is None else self._write_mtime
        head = _MAGIC + b'\x08' + bytes([FNAME if stored else 0])
        head += struct.pack('<L', int(when) & 0xFFFFFFFF) + _extra_flags(level) + _OS_UNKNOWN
        return head + (stored + b'\x00' if stored else b'')

    @property
    def filename(self):
        import warnings
        warnings.warn('use the name attribute', DeprecationWarning, 2)
        if self.mode == WRITE and not self.name.endswith('.gz'):
            return self.name + '.gz'
        return self.name

    @property
    def mtime(self):
        """The mtime of the last member header read, or None."""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return '<gzip %s %s>' % (inner[1:-1], hex(id(self)))

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise _closed_error()

    def _need(self, wanted, operation):
        self._check_not_closed()
        if self.mode != wanted:
            import errno
            kind = 'read-only' if wanted == WRITE else 'write-only'
            raise OSError(errno.EBADF, '%s() on %s GzipFile object' % (operation, kind))

    def write(self, data):
        self._need(WRITE, 'write')
        view = data if isinstance(data, (bytes, bytearray)) else memoryview(data).cast('B')
        if len(view):
            self.fileobj.write(self.compress.compress(view))
            self.crc = zlib.crc32(view, self.crc)
            self.size += len(view)
            self.offset += len(view)
        return len(view)

    def read(self, size=-1):
        self._need(READ, 'read')
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._need(READ, 'read1')
        return self._buffer.read1(io.DEFAULT_BUFFER_SIZE if size < 0 else size)

    def peek(self, n):
        self._need(READ, 'peek')
        return self._buffer.peek(n)

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)

    def close(self):
        target, self.fileobj = self.fileobj, None
        if target is None:
            return
        try:
            if self.mode == WRITE:
                trailer = struct.pack('<LL', self.crc & 0xFFFFFFFF, self.size & 0xFFFFFFFF)
                target.write(self.compress.flush() + trailer)
            else:
                self._buffer.close()
        finally:
            owned, self.myfileobj = self.myfileobj, None
            if owned is not None:
                owned.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the uncompressed data."""
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
        if self.mode == READ:
            self._check_not_closed()
            return self._buffer.seek(offset, whence)
        # Writing can only move forward, by writing zeros.
        if whence == io.SEEK_CUR:
            offset += self.offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if offset < self.offset:
            raise OSError('Negative seek in write mode')
        gap = offset - self.offset
        while gap:
            step = min(gap, 1 << 16)
            self.write(bytes(step))
            gap -= step
        return self.offset

    def tell(self):
        self._check_not_closed()
        return self._buffer.tell() if self.mode == READ else self.offset

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Open gzip data in a file (a name or a file object) in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        gz = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        gz = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' not in mode:
        return gz
    return io.TextIOWrapper(gz, io.text_encoding(encoding), errors, newline)


def compress(data, compresslevel=9, *, mtime=None):
    """data as one gzip member (no file name); mtime defaults to now."""
    if mtime == 0:
        # zlib writes exactly this member itself (with OS 3, Unix, in the header, as CPython).
        return zlib.compress(data, compresslevel, wbits=31)
    when = time.time() if mtime is None else mtime
    header = _MAGIC + b'\x08\x00' + struct.pack('<L', int(when) & 0xFFFFFFFF)
    header += _extra_flags(compresslevel) + _OS_UNKNOWN
    trailer = struct.pack('<LL', zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS) + trailer


def decompress(data):
    """The data of every gzip member in data, concatenated."""
    out = []
    rest = bytes(data)
    while True:
        stream = io.BytesIO(rest)
        if _parse_header(stream) is None:
            return b''.join(out)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        member = inflater.decompress(stream.read())
        trailer = inflater.unused_data
        if not inflater.eof or len(trailer) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack('<II', trailer[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile('CRC check failed')
        if size != len(member) & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(member)
        rest = trailer[8:].lstrip(b'\x00')


def main():
    """python -m gzip [-d] [--fast|--best] [file ...]: like gzip, keeping the input files."""
    import argparse
    import sys
    ap = argparse.ArgumentParser(description='A simple command line interface for the gzip '
                                 'module: act like gzip, but do not delete the input file.')
    choice = ap.add_mutually_exclusive_group()
    choice.add_argument('--fast', action='store_true', help='compress faster')
    choice.add_argument('--best', action='store_true', help='compress better')
    choice.add_argument('-d', '--decompress', action='store_true',
                        help='act like gunzip instead of gzip')
    ap.add_argument('args', nargs='*', default=['-'], metavar='file')
    opts = ap.parse_args()
    level = 1 if opts.fast else 9 if opts.best else 6
    for name in opts.args:
        if opts.decompress:
            if name == '-':
                source, target = GzipFile('', 'rb', fileobj=sys.stdin.buffer), sys.stdout.buffer
            elif not name.endswith('.gz'):
                sys.exit(f"filename doesn't end in .gz: {name!r}")
            else:
                source, target = open(name, 'rb'), builtins.open(name[:-3], 'wb')
        elif name == '-':
            source = sys.stdin.buffer
            target = GzipFile('', 'wb', compresslevel=level, fileobj=sys.stdout.buffer)
        else:
            source, target = builtins.open(name, 'rb'), open(name + '.gz', 'wb', level)
        for block in iter(lambda: source.read(READ_BUFFER_SIZE), b''):
            target.write(block)
        if name != '-' or not opts.decompress:
            target.close()
        if name != '-':
            source.close()


if __name__ == '__main__':
    main()
