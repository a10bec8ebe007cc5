# io: the I/O class hierarchy (IOBase, RawIOBase, BufferedIOBase, TextIOBase), FileIO over posix
# descriptors, BufferedReader/Writer/Random/RWPair, TextIOWrapper (encodings, errors, newline
# translation), StringIO, BytesIO and open(). Written in Python over the C++ posix module;
# sys.stdin/stdout/stderr stay the C++ text streams and are registered as TextIOWrapper here.
# CPython counterpart: Modules/_io/*.c (behaviour as documented for Lib/io.py).
import abc
import posix as _posix
import _stringio
import sys

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def _unsupported(name):
    raise UnsupportedOperation(name)


# ---- Codecs (the few operations the text layer needs; str.encode/bytes.decode do the work) ----

class _IncrementalDecoder:
    """Decodes a byte stream in pieces, holding back an incomplete UTF-8 sequence at a piece's end."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self._utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8', 'u8')
        self._pending = b""

    def decode(self, data, final=False):
        data = self._pending + bytes(data)
        self._pending = b""
        if self._utf8 and not final and data:
            # Hold back the start of a multi-byte sequence cut by the end of this piece.
            cut = len(data)
            for back in range(1, min(4, len(data)) + 1):
                byte = data[-back]
                if byte & 0xC0 == 0x80:
                    continue
                if byte >= 0xC0:
                    need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                    if need > back:
                        cut = len(data) - back
                break
            self._pending = data[cut:]
            data = data[:cut]
        return data.decode(self.encoding, self.errors)

    def getstate(self):
        return (self._pending, 0)

    def setstate(self, state):
        self._pending = state[0]

    def reset(self):
        self._pending = b""


_FAST_ENCODINGS = frozenset(('utf-8', 'utf8', 'u8', 'utf', 'ascii', 'us-ascii', 'latin-1', 'latin1',
                             'iso-8859-1', 'iso8859-1', 'l1'))


def _fast(encoding):
    # The encodings str.encode/bytes.decode handle in C++, piece by piece without state.
    return encoding.lower().replace('_', '-') in _FAST_ENCODINGS


class _codecs:
    # utf-8/ascii/latin-1 go straight to str.encode/bytes.decode; other encodings (utf-16 with
    # its BOM, cp1252 ...) use the codecs module's incremental codecs.
    @staticmethod
    def lookup(encoding):
        if _fast(encoding):
            b"".decode(encoding)
            return
        import codecs
        info = codecs.lookup(encoding)
        if not info._is_text_encoding:
            raise LookupError("'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs" % encoding)

    @staticmethod
    def encode(text, encoding, errors):
        return text.encode(encoding, errors)

    @staticmethod
    def getincrementalencoder(encoding, errors):
        if _fast(encoding):
            return lambda text: text.encode(encoding, errors)
        import codecs
        return codecs.getincrementalencoder(encoding)(errors).encode

    @staticmethod
    def getincrementaldecoder(encoding):
        if _fast(encoding):
            return lambda errors='strict': _IncrementalDecoder(encoding, errors)
        import codecs
        return codecs.getincrementaldecoder(encoding)


# ---- The abstract hierarchy ----

class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    __closed = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        # A stream whose closed attribute fails is in no state to close (CPython's iobase_finalize).
        try:
            closed = self.closed
        except Exception:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def readable(self):
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def writable(self):
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if hasattr(self, "peek"):
            def nreadahead():
                readahead = self.peek(1)
                if not readahead:
                    return 1
                n = (readahead.find(b"\n") + 1) or len(readahead)
                if size >= 0:
                    n = min(n, size)
                return n
        else:
            def nreadahead():
                return 1
        if size is None:
            size = -1
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"{size!r} is not an integer")
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(nreadahead())
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        _unsupported("readinto")

    def write(self, b):
        _unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        # Any writable buffer (an array of ints too) is filled byte by byte through a flat view.
        target = memoryview(b).cast("B")
        data = self.read(len(target))
        count = len(data)
        target[:count] = data
        return count

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- FileIO ----

class FileIO(RawIOBase):
    """Raw I/O on a file descriptor (posix.open/read/write)."""

    _fd = -1
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            try:
                if self._closefd:
                    _posix.close(self._fd)
            finally:
                self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if isinstance(file, bool):
                import warnings
                warnings.warn("bool is used as a file descriptor", RuntimeWarning, stacklevel=2)
                file = int(file)
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if not set(mode) <= set('xrwab+'):
            raise ValueError('invalid mode: %s' % (mode,))
        if sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        self._created = self._readable = self._writable = self._appending = False
        if 'x' in mode:
            self._created = self._writable = True
            flags = _posix.O_EXCL | _posix.O_CREAT
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = _posix.O_CREAT | _posix.O_TRUNC
        else:
            self._writable = self._appending = True
            flags = _posix.O_APPEND | _posix.O_CREAT
        if '+' in mode:
            self._readable = self._writable = True
        if self._readable and self._writable:
            flags |= _posix.O_RDWR
        elif self._readable:
            flags |= _posix.O_RDONLY
        else:
            flags |= _posix.O_WRONLY
        flags |= _posix.O_CLOEXEC
        owned_fd = None
        try:
            if fd < 0:
                if not closefd:
                    raise ValueError('Cannot use closefd=False with file name')
                if opener is None:
                    fd = _posix.open(file, flags, 0o666)
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError('expected integer from opener')
                    if fd < 0:
                        raise OSError('Negative file descriptor')
                owned_fd = fd
            st = _posix._stat(fd, True)
            if (st[0] & 0o170000) == 0o040000:
                import errno
                raise IsADirectoryError(errno.EISDIR, _posix.strerror(errno.EISDIR), file)
            self._blksize = st[10] if st[10] > 1 else DEFAULT_BUFFER_SIZE
            self._fd = fd
            self._closefd = closefd
            if self._appending:
                try:
                    _posix.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
            self.name = file
        except:
            if owned_fd is not None:
                _posix.close(owned_fd)
            raise
        self._seekable = None

    def __repr__(self):
        class_name = '%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)
        if self.closed:
            return '<%s [closed]>' % class_name
        try:
            name = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r closefd=%r>' % (class_name, self._fd, self.mode, self._closefd)
        return '<%s name=%r mode=%r closefd=%r>' % (class_name, name, self.mode, self._closefd)

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=None):
        self._checkClosed()
        self._checkReadable()
        if size is None or size < 0:
            return self.readall()
        try:
            return _posix.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        self._checkClosed()
        self._checkReadable()
        chunks = []
        while True:
            try:
                chunk = _posix.read(self._fd, 65536)
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not chunk:
                break
            chunks.append(chunk)
        return b''.join(chunks)

    def readinto(self, b):
        target = memoryview(b).cast("B")
        data = self.read(len(target))
        if data is None:
            return None
        count = len(data)
        target[:count] = data
        return count

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return _posix.write(self._fd, b)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._checkClosed()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                if self._closefd:
                    _posix.close(self._fd)
            finally:
                super().close()

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                self.tell()
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def fileno(self):
        self._checkClosed()
        return self._fd

    def isatty(self):
        self._checkClosed()
        return _posix.isatty(self._fd)

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0 or super().closed

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        elif self._appending:
            return 'ab+' if self._readable else 'ab'
        elif self._readable:
            return 'rb+' if self._writable else 'rb'
        else:
            return 'wb'


# ---- Buffered streams ----

class _BufferedIOMixin(BufferedIOBase):
    def __init__(self, raw):
        self._raw = raw

    def seek(self, pos, whence=0):
        new_position = self.raw.seek(pos, whence)
        if new_position < 0:
            raise OSError("seek() returned an invalid position")
        return new_position

    def tell(self):
        pos = self.raw.tell()
        if pos < 0:
            raise OSError("tell() returned an invalid position")
        return pos

    def truncate(self, pos=None):
        self._checkClosed()
        self._checkWritable()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.raw.truncate(pos)

    def flush(self):
        if self.closed:
            raise ValueError("flush on closed file")
        self.raw.flush()

    def close(self):
        if self.raw is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        if self.raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def seekable(self):
        return self.raw.seekable()

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        modname = self.__class__.__module__
        clsname = self.__class__.__qualname__
        try:
            name = self.name
        except AttributeError:
            return "<{}.{}>".format(modname, clsname)
        else:
            return "<{}.{} name={!r}>".format(modname, clsname, name)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()


def _check_buffered_whence(whence):
    # CPython's buffered objects also pass SEEK_DATA (3) and SEEK_HOLE (4) on to the raw stream,
    # which decides (BytesIO refuses them, a compressed file's reader names the bad value).
    if whence not in (0, 1, 2, 3, 4):
        raise ValueError("whence value %d unsupported" % whence)


def _check_bytes_like(b):
    # CPython's binary write() takes a buffer ("a bytes-like object is required, not 'str'");
    # a list of ints or an int would otherwise be taken by bytearray.extend()/bytes().
    if type(b) is not bytes and type(b) is not bytearray:
        try:
            memoryview(b).release()
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


def _raw_count(n):
    # The count a raw readinto()/write() returned, as a Py_ssize_t; -1 when it is no integer.
    try:
        return n.__index__()
    except (AttributeError, TypeError):
        return -1


class BufferedReader(_BufferedIOMixin):
    """A buffer over a readable raw stream."""

    def _raw_read(self, size):
        # raw.readinto() into a new buffer, its count checked as CPython's buffered reader
        # does: a count beyond the buffer returned its unfilled bytes as data. FileIO is trusted.
        raw = self.raw
        if type(raw) is FileIO:
            return raw.read(size)
        b = bytearray(size)
        n = raw.readinto(b)
        if n is None:
            return None
        try:
            n = n.__index__()
        except (AttributeError, TypeError):
            raise OSError("raw readinto() failed") from None
        if not 0 <= n <= size:
            raise OSError(f"raw readinto() returned invalid length {n} "
                          f"(should have been between 0 and {size})")
        return bytes(b[:n])

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        _BufferedIOMixin.__init__(self, raw)
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.buffer_size = buffer_size
        self._read_buf = b""
        self._read_pos = 0

    def readable(self):
        return self.raw.readable()

    def read(self, size=None):
        if size is not None:
            # Checked before anything moves: a float size must not leave _read_pos a float.
            if not hasattr(type(size), '__index__'):
                raise TypeError("argument should be integer or None, not '%s'"
                                % type(size).__name__)
            size = size.__index__()
            if size < -1:
                raise ValueError("read length must be non-negative or -1")
        self._checkClosed("read of closed file")
        buf = self._read_buf[self._read_pos:]
        if size is None or size < 0:
            self._read_buf = b""
            self._read_pos = 0
            rest = self.raw.readall() if hasattr(self.raw, 'readall') else self.raw.read()
            if rest is None:
                return buf or None
            return buf + rest
        if size <= len(buf):
            self._read_pos += size
            return buf[:size]
        chunks = [buf]
        have = len(buf)
        while have < size:
            chunk = self._raw_read(max(self.buffer_size, size - have))
            if chunk is None and not have:
                return None   # a non-blocking raw stream with nothing to give yet
            if not chunk:
                break
            chunks.append(chunk)
            have += len(chunk)
        data = b"".join(chunks)
        self._read_buf = data[size:]
        self._read_pos = 0
        return data[:size]

    def peek(self, size=0):
        self._checkClosed("peek of closed file")
        if len(self._read_buf) - self._read_pos == 0:
            chunk = self._raw_read(self.buffer_size)
            self._read_buf = chunk or b""
            self._read_pos = 0
        return self._read_buf[self._read_pos:]

    def read1(self, size=-1):
        self._checkClosed("read of closed file")
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._read_pos >= len(self._read_buf):
            self.peek(1)
        data = self._read_buf[self._read_pos:self._read_pos + size]
        self._read_pos += len(data)
        return data

    def readline(self, size=-1):
        self._checkClosed("readline of closed file")
        if size is None:
            size = -1
        res = []
        total = 0
        while True:
            avail = self.peek(1)
            if not avail:
                break
            nl = avail.find(b"\n")
            take = len(avail) if nl < 0 else nl + 1
            if size >= 0:
                take = min(take, size - total)
            res.append(avail[:take])
            self._read_pos += take
            total += take
            if (nl >= 0 and take == nl + 1) or (size >= 0 and total >= size):
                break
        return b"".join(res)

    def tell(self):
        return _BufferedIOMixin.tell(self) - (len(self._read_buf) - self._read_pos)

    def seek(self, pos, whence=0):
        _check_buffered_whence(whence)
        self._checkClosed("seek of closed file")
        if whence == 1:
            pos -= len(self._read_buf) - self._read_pos
        pos = _BufferedIOMixin.seek(self, pos, whence)
        self._read_buf = b""
        self._read_pos = 0
        return pos


class BufferedWriter(_BufferedIOMixin):
    """A buffer over a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _BufferedIOMixin.__init__(self, raw)
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.buffer_size = buffer_size
        self._write_buf = bytearray()

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        _check_bytes_like(b)
        if self.closed:
            raise ValueError("write to closed file")
        before = len(self._write_buf)
        self._write_buf.extend(b)
        written = len(self._write_buf) - before   # bytes, also for multi-byte or N-D memoryviews
        if len(self._write_buf) > self.buffer_size:
            self._flush_unlocked()
        return written

    def truncate(self, pos=None):
        self._flush_unlocked()
        if pos is None:
            pos = self.raw.tell()
        return self.raw.truncate(pos)

    def flush(self):
        if self.closed:
            raise ValueError("flush on closed file")
        self._flush_unlocked()

    def _flush_unlocked(self):
        while self._write_buf:
            size = len(self._write_buf)
            n = self.raw.write(bytes(self._write_buf))
            if n is None:
                raise BlockingIOError(0, "write could not complete without blocking", 0)
            # A raw stream's count is checked as CPython checks it: a negative one (or one that
            # is no integer) never empties the buffer, so flush() looped forever.
            n = _raw_count(n)
            if not 0 <= n <= size:
                raise OSError(f"raw write() returned invalid length {n} "
                              f"(should have been between 0 and {size})")
            del self._write_buf[:n]

    def tell(self):
        return _BufferedIOMixin.tell(self) + len(self._write_buf)

    def seek(self, pos, whence=0):
        _check_buffered_whence(whence)
        self._flush_unlocked()
        return _BufferedIOMixin.seek(self, pos, whence)

    def close(self):
        if self.raw is None or self.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


class BufferedRandom(BufferedWriter, BufferedReader):
    """A buffer over a seekable raw stream open for reading and writing."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        BufferedReader.__init__(self, raw, buffer_size)
        BufferedWriter.__init__(self, raw, buffer_size)

    def _drop_read_buffer(self):
        if self._read_pos < len(self._read_buf):
            self.raw.seek(self._read_pos - len(self._read_buf), 1)
        self._read_buf = b""
        self._read_pos = 0

    def seek(self, pos, whence=0):
        _check_buffered_whence(whence)
        self.flush()
        if whence == 1:
            pos -= len(self._read_buf) - self._read_pos
        self._read_buf = b""
        self._read_pos = 0
        return _BufferedIOMixin.seek(self, pos, whence)

    def tell(self):
        if self._write_buf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self.seek(pos)
        return BufferedWriter.truncate(self, pos)

    def read(self, size=None):
        if size is None:
            size = -1
        self.flush()
        return BufferedReader.read(self, size)

    def readinto(self, b):
        self.flush()
        return BufferedReader.readinto(self, b)

    def peek(self, size=0):
        self.flush()
        return BufferedReader.peek(self, size)

    def read1(self, size=-1):
        self.flush()
        return BufferedReader.read1(self, size)

    def readline(self, size=-1):
        self.flush()
        return BufferedReader.readline(self, size)

    def write(self, b):
        if self._read_buf:
            self._drop_read_buffer()
        return BufferedWriter.write(self, b)


# ---- Text ----

class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n when `translate`, and records which newlines were seen."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, encoding and newline translation."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        # CPython's messages: Clinic's for the type, the bare value (%s) for the value.
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        _codecs.lookup(encoding)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s" % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or "\n"
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoder = None
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot_pos = None
        self._seekable = self._telling = self.buffer.seekable()
        self._has_read1 = hasattr(self.buffer, 'read1')

    def __repr__(self):
        result = "<{}.{}".format(self.__class__.__module__, self.__class__.__qualname__)
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            result += " name={0!r}".format(name)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += " mode={0!r}".format(mode)
        return result + " encoding={0!r}>".format(self.encoding)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        # Only a universal-newlines decoder records what it saw.
        return getattr(self._decoder, "newlines", None) if self._decoder else None

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            _codecs.lookup(encoding)
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ''
            self._writenl = newline or "\n"
        self.flush()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self.buffer.flush()
        self._telling = self._seekable

    def close(self):
        if self.buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def detach(self):
        if self.buffer is None:
            raise ValueError("buffer is already detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def write(self, s):
        if self.closed:
            raise ValueError("write to closed file")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % ("None" if s is None else s.__class__.__name__))
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        encoder = self.__dict__.get('_encoder_fn')
        if encoder is None or self._encoder_for != (self._encoding, self._errors):
            encoder = self._encoder_fn = _codecs.getincrementalencoder(self._encoding, self._errors)
            self._encoder_for = (self._encoding, self._errors)
        b = encoder(s)
        self.buffer.write(b)
        if self._line_buffering and (haslf or "\r" in s):
            self.flush()
        if self._write_through:
            self.buffer.flush()
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot_pos = None
        if self._decoder:
            self._decoder.reset()
        return length

    def _get_decoder(self):
        if self._decoder is None:
            inner = _codecs.getincrementaldecoder(self._encoding)(self._errors)
            if self._readuniversal:
                inner = IncrementalNewlineDecoder(inner, self._readtranslate)
            self._decoder = inner
        return self._decoder

    def _read_chunk(self):
        """Decodes one more chunk into the decoded buffer; False at end of file."""
        if self._snapshot_pos is None and self._seekable:
            self._snapshot_pos = self.buffer.tell() - 0
        raw = self.buffer.read1(self._CHUNK_SIZE) if self._has_read1 else self.buffer.read(self._CHUNK_SIZE)
        eof = not raw
        text = self._get_decoder().decode(raw or b"", final=eof)
        self._decoded = self._decoded[self._decoded_pos:] + text
        self._decoded_pos = 0
        return not eof

    def read(self, size=None):
        self._checkClosed()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"{size!r} is not an integer")
        if self._write_pending():
            self.flush()
        if size < 0:
            raw = self.buffer.read()
            decoder = self._get_decoder()
            result = self._decoded[self._decoded_pos:] + decoder.decode(raw or b"", final=True)
            self._decoded = ""
            self._decoded_pos = 0
            return result
        while len(self._decoded) - self._decoded_pos < size:
            if not self._read_chunk():
                break
        result = self._decoded[self._decoded_pos:self._decoded_pos + size]
        self._decoded_pos += len(result)
        return result

    def _write_pending(self):
        return bool(getattr(self.buffer, '_write_buf', None))

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot_pos = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def readline(self, size=None):
        if self.closed:
            raise ValueError("read from closed file")
        if size is None:
            size = -1
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"{size!r} is not an integer")
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if self._write_pending():
            self.flush()
        while True:
            line = self._decoded
            start = self._decoded_pos
            if self._readtranslate or self._readnl == "\n":
                pos = line.find("\n", start)
                endpos = pos + 1 if pos >= 0 else -1
            elif self._readuniversal:
                nlpos = line.find("\n", start)
                crpos = line.find("\r", start)
                if crpos == -1:
                    endpos = nlpos + 1 if nlpos >= 0 else -1
                elif nlpos == -1:
                    # a lone \r at the very end may be the start of \r\n
                    endpos = crpos + 1 if crpos + 1 < len(line) else -1
                elif nlpos < crpos:
                    endpos = nlpos + 1
                elif nlpos == crpos + 1:
                    endpos = crpos + 2
                else:
                    endpos = crpos + 1
            else:
                pos = line.find(self._readnl, start)
                endpos = pos + len(self._readnl) if pos >= 0 else -1
            if endpos >= 0 and (size < 0 or endpos - start <= size):
                self._decoded_pos = endpos
                return line[start:endpos]
            if size >= 0 and len(line) - start >= size:
                self._decoded_pos = start + size
                return line[start:start + size]
            if not self._read_chunk():
                rest = self._decoded[self._decoded_pos:]
                if size >= 0:
                    rest = rest[:size]
                self._decoded_pos += len(rest)
                return rest

    def tell(self):
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self.buffer.tell()
        pending = self._decoded[self._decoded_pos:]
        if not pending and (self._decoder is None or self._decoder.getstate()[0] == b"" and not getattr(self._decoder, 'pendingcr', False)):
            return position
        # Bytes still held as decoded text: count what they encode to.
        undecoded = self._decoder.getstate()[0] if self._decoder is not None else b""
        if self._readtranslate:
            # Translation loses the original newlines; re-derive from the raw bytes.
            return self._tell_by_reread(position, len(pending), undecoded)
        return position - len(_codecs.encode(pending, self._encoding, self._errors)) - len(undecoded)

    def _tell_by_reread(self, position, pending_chars, undecoded):
        start = self._snapshot_pos if self._snapshot_pos is not None else 0
        self.buffer.seek(start)
        raw = self.buffer.read(position - start)
        self.buffer.seek(position)
        consumed_text_target = None
        decoder = _codecs.getincrementaldecoder(self._encoding)(self._errors)
        nl = IncrementalNewlineDecoder(decoder, True)
        total_text = nl.decode(raw, final=False)
        target = len(total_text) + (1 if nl.pendingcr else 0) - pending_chars
        if nl.pendingcr:
            target -= 1
        # walk bytes until target characters are produced
        decoder2 = _codecs.getincrementaldecoder(self._encoding)(self._errors)
        nl2 = IncrementalNewlineDecoder(decoder2, True)
        produced = 0
        for i in range(len(raw)):
            if produced >= target:
                return start + i
            produced += len(nl2.decode(raw[i:i + 1]))
        return position - len(undecoded)

    def seek(self, cookie, whence=0):
        if self.closed:
            raise ValueError("tell on closed file")
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            whence = 0
            cookie = self.tell()
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self.buffer.seek(0, whence)
            self._reset_read()
            return position
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self.buffer.seek(cookie)
        self._reset_read()
        return cookie

    def _reset_read(self):
        self._decoded = ""
        self._decoded_pos = 0
        self._snapshot_pos = None
        if self._decoder:
            self._decoder.reset()

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ---- In-memory streams ----

class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _buffer = None

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0

    def __getstate__(self):
        if self.closed:
            raise ValueError("__getstate__ on closed file")
        return (self.getvalue(), self._pos, self.__dict__.copy())

    def getvalue(self):
        if self.closed:
            raise ValueError("getvalue on closed file")
        return bytes(self._buffer)

    def getbuffer(self):
        if self.closed:
            raise ValueError("getbuffer on closed file")
        return memoryview(self._buffer)

    def _check_exports(self):
        # While a getbuffer() view exists the bytearray refuses any resize: a grow-and-shrink
        # probe raises CPython's BufferError for every mutation, as BytesIO's CHECK_EXPORTS.
        self._buffer.append(0)
        self._buffer.pop()

    def close(self):
        if self._buffer is not None:
            self._check_exports()
            self._buffer.clear()
        super().close()

    def read(self, size=-1):
        if self.closed:
            raise ValueError("read from closed file")
        if size is None:
            size = -1
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"{size!r} is not an integer")
        if size < 0:
            size = len(self._buffer)
        if len(self._buffer) <= self._pos:
            return b""
        newpos = min(len(self._buffer), self._pos + size)
        b = self._buffer[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("read from closed file")
        if size is None:
            size = -1
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        b = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return bytes(b)

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        _check_bytes_like(b)
        self._check_exports()
        b = bytes(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buffer)
        if pos == size:
            self._buffer.extend(b)
        else:
            if pos > size:
                self._buffer.extend(b'\x00' * (pos - size))
            self._buffer[pos:pos + n] = b
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        if self.closed:
            raise ValueError("seek on closed file")
        try:
            pos_index = pos.__index__
        except AttributeError:
            raise TypeError(f"{pos!r} is not an integer")
        else:
            pos = pos_index()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %r" % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file")
        return self._pos

    def truncate(self, pos=None):
        if self.closed:
            raise ValueError("truncate on closed file")
        if pos is None:
            pos = self._pos
        else:
            try:
                pos = pos.__index__()
            except AttributeError:
                raise TypeError(f"{pos!r} is not an integer")
            if pos < 0:
                raise ValueError("negative truncate position %r" % (pos,))
        self._check_exports()
        del self._buffer[pos:]
        return pos

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    # The methods, closed/newlines/line_buffering and the text (kept in this slot) are C++:
    # src/modules/io/stringio.cpp, installed below.
    __slots__ = ("_stringio_state",)


_stringio.install(StringIO, UnsupportedOperation)


# ---- open() ----

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(file, int):
        file = _posix_fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s"
                        % ("None" if mode is None else type(mode).__name__))
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if not -0x80000000 <= buffering <= 0x7FFFFFFF:   # a C int, as CPython's open() takes it
        raise OverflowError("Python int too large to convert to C int")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "") +
                 (appending and "a" or "") + (updating and "+" or ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = max(raw._blksize, DEFAULT_BUFFER_SIZE)
        if buffering < 0:
            raise ValueError("invalid buffering size")
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def _posix_fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


# The standard streams are pygen's C++ text streams; they count as TextIOWrapper.
for _stream in (sys.stdout, sys.stderr, sys.stdin):
    if _stream is not None and not isinstance(_stream, TextIOBase):
        TextIOWrapper.register(type(_stream))
        break
del _stream
# Their binary layers (sys.stdout.buffer) are C++ objects too.
for _stream, _base in ((sys.stdin, BufferedReader), (sys.stdout, BufferedWriter)):
    if _stream is not None and hasattr(_stream, 'buffer') and not isinstance(_stream.buffer, BufferedIOBase):
        (FileIO if type(_stream.buffer).__name__ == 'FileIO' else _base).register(type(_stream.buffer))
del _stream, _base

# CPython implements the concrete classes in its C module _io, and their reprs say so
# (<_io.TextIOWrapper name=...>); lib/_io.py gives the same names a home under that module.
for _cls in (FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
             BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
del _cls
