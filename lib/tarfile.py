# tarfile: reading and writing tar archives (ustar, GNU and pax headers), plain or compressed
# with gzip, bz2 or xz through those modules. Stream modes ('r|gz', 'w|gz') hold the archive in
# memory rather than streaming it. Extraction follows 3.11 as Debian ships it (no extraction
# filters). CPython counterpart: Lib/tarfile.py.
import io
import os
import sys
import copy
import stat
import time
import struct
import shutil

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

_open_file = open      # open() is redefined below as TarFile.open

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT",
           "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

# pax keywords that set TarInfo attributes, and how the numeric ones are read.
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int,
                     "size": int}

ENCODING = sys.getfilesystemencoding()

# The ustar header: (info key, field width, numeric?, default) in order; None is the checksum.
_HEADER_LAYOUT = (
    ("name", 100, False, ""), ("mode", 8, True, 0), ("uid", 8, True, 0), ("gid", 8, True, 0),
    ("size", 12, True, 0), ("mtime", 12, True, 0), (None, 8, False, b" " * 8),
    ("type", 1, False, None), ("linkname", 100, False, ""), ("magic", 8, False, None),
    ("uname", 32, False, ""), ("gname", 32, False, ""), ("devices", 16, False, None),
    ("prefix", 155, False, ""),
)

# Where frombuf finds each field: (attribute, start, end, numeric?).
_HEADER_FIELDS = (
    ("name", 0, 100, False), ("mode", 100, 108, True), ("uid", 108, 116, True),
    ("gid", 116, 124, True), ("size", 124, 136, True), ("mtime", 136, 148, True),
    ("linkname", 157, 257, False), ("uname", 265, 297, False), ("gname", 297, 329, False),
    ("devmajor", 329, 337, True), ("devminor", 337, 345, True),
)


class TarError(Exception):
    """The base of tarfile's exceptions."""


class ExtractError(TarError):
    """Extraction failed (raised only when errorlevel asks for it)."""


class ReadError(TarError):
    """The data is not a tar archive this module can read."""


class CompressionError(TarError):
    """The compression asked for is unknown or unavailable."""


class StreamError(TarError):
    """An operation a '|' stream archive cannot do."""


class HeaderError(TarError):
    """A header block that cannot be read (the subclasses say how)."""


class EmptyHeaderError(HeaderError):
    """No header block at all: the data ended."""


class TruncatedHeaderError(HeaderError):
    """A header block shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """An all-zero block: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A header block with a bad checksum or number field."""


class SubsequentHeaderError(HeaderError):
    """The member after an extended header could not be read."""


# ---- Header fields ----

def stn(s, length, encoding, errors):
    """A string as a NUL-padded field of length bytes (cut if longer)."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    data = s.encode(encoding, errors)
    return data[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """The string in a NUL-terminated field."""
    end = s.find(b"\0")
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """The number in a field: octal digits, or GNU's base-256 form (first byte 0o200/0o377)."""
    if s[0] in (0o200, 0o377):
        value = int.from_bytes(s[1:], 'big')
        if s[0] == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as a field of digits bytes: octal and a NUL, or base-256 in GNU format."""
    if n is None:
        raise ValueError("metadata cannot contain None")
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        lead = 0o200 if n >= 0 else 0o377
        return bytes([lead]) + (n % 256 ** (digits - 1)).to_bytes(digits - 1, 'big')
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) header checksums, the checksum field counted as spaces."""
    unsigned = 256 + sum(buf[:148]) + sum(buf[156:512])
    signed = 256 + sum(b - 256 if b > 127 else b for b in buf[:148] + buf[156:512])
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies length bytes (all, if None) from src to dst; a short read raises exception."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    left = length
    while left > 0:
        chunk = src.read(min(bufsize, left))
        if len(chunk) < min(bufsize, left):
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= len(chunk)


def _round_up(count):
    """count rounded up to whole blocks."""
    if count < 0:
        raise InvalidHeaderError("invalid offset")
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _padded(payload):
    return payload + NUL * (_round_up(len(payload)) - len(payload))


# ---- Members ----

class TarInfo:
    """One archive member: its name, mode, owner, size, times and type; the header it is read
    from or written as."""

    __slots__ = ('name', 'mode', 'uid', 'gid', 'size', 'mtime', 'chksum', 'type', 'linkname',
                 'uname', 'gname', 'devmajor', 'devminor', 'offset', 'offset_data',
                 'pax_headers', 'sparse', 'tarfile', '_sparse_structs', '_link_target')

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0          # where its header starts in the archive
        self.offset_data = 0     # where its data starts
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        """The name, under its pax keyword."""
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        """The link target, under its pax keyword."""
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def get_info(self):
        """The header fields as a dict (a directory's name ends with '/')."""
        info = {
            "name": self.name, "mode": self.mode & 0o7777, "uid": self.uid, "gid": self.gid,
            "size": self.size, "mtime": self.mtime, "chksum": self.chksum, "type": self.type,
            "linkname": self.linkname, "uname": self.uname, "gname": self.gname,
            "devmajor": self.devmajor, "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) for this member in the given format."""
        info = self.get_info()
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """A POSIX ustar header; a long name is split into prefix and name."""
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, preceded by ././@LongLink members for long names."""
        info["magic"] = GNU_MAGIC
        extra = b""
        for key, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                 ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[key].encode(encoding, errors)) > limit:
                extra += self._create_gnu_long_header(info[key], kind, encoding, errors)
        return extra + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header for what ustar cannot hold:
        non-ASCII or long strings, numbers out of range, fractional times."""
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        for key, keyword, limit in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in pax:
                continue
            text = info[key]
            try:
                text.encode("ascii", "strict")
            except UnicodeEncodeError:
                pax[keyword] = text
                continue
            if len(text) > limit:
                pax[keyword] = text
        for key, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[key]
            is_float = isinstance(value, float)
            whole = round(value) if is_float else value
            if not 0 <= whole < 8 ** (digits - 1):
                info[key] = 0
            elif is_float:
                info[key] = whole
            else:
                continue
            if key not in pax:
                pax[key] = str(value)
        head = self._create_pax_generic_header(pax, XHDTYPE, encoding) if pax else b""
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A pax global header (type 'g') for the archive."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        parts = name.split("/")
        for cut in range(1, len(parts)):
            prefix = "/".join(parts[:cut])
            rest = "/".join(parts[cut:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        if kind in (CHRTYPE, BLKTYPE):
            devices = itn(info.get("devmajor", 0), 8, format) + itn(info.get("devminor", 0), 8, format)
        else:
            devices = stn("", 8, encoding, errors) * 2
        pieces = []
        for key, width, numeric, default in _HEADER_LAYOUT:
            if key is None:
                pieces.append(default)               # the checksum, filled in below
            elif key == "type":
                pieces.append(kind)
            elif key == "magic":
                pieces.append(info.get("magic", POSIX_MAGIC))
            elif key == "devices":
                pieces.append(devices)
            elif numeric:
                value = info.get(key, default)
                pieces.append(itn(value & 0o7777 if key == "mode" else value, width, format))
            else:
                pieces.append(stn(info.get(key, default), width, encoding, errors))
        fields = b"".join(pieces)
        block = fields.ljust(BLOCKSIZE, NUL)[:BLOCKSIZE]
        checksum = calc_chksums(block)[0]
        return block[:148] + b"%06o" % checksum + NUL + block[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + _padded(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        # Values that are not valid UTF-8 (surrogate escapes) make the whole header binary.
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for keyword, value in pax_headers.items():
            key = keyword.encode("utf-8")
            data = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            # Each record starts with its own length in decimal, that number included.
            body = len(key) + len(data) + 3
            total = body + len(str(body))
            while total != body + len(str(total)):
                total = body + len(str(total))
            records += b"%d %s=%s\n" % (total, key, data)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + _padded(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one 512-byte header block."""
        return cls._frombuf(buf, encoding, errors)

    @classmethod
    def _frombuf(cls, buf, encoding, errors, *, dircheck=True):
        # dircheck: the V7 rule (a regular file whose name ends in '/' is a directory) holds
        # only for a header of its own, not one whose name an extended header replaces.
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        for attr, start, end, numeric in _HEADER_FIELDS:
            field = buf[start:end]
            setattr(obj, attr, nti(field) if numeric else nts(field, encoding, errors))
        obj.chksum = checksum
        obj.type = buf[156:157]
        prefix = nts(buf[345:500], encoding, errors)
        # Old V7 archives mark a directory only by the trailing slash of a regular file.
        if dircheck and obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            obj._sparse_structs = cls._old_gnu_sparse(buf)
        name = obj.name.rstrip("/") if obj.isdir() else obj.name
        obj.name = f"{prefix}/{name}" if prefix and obj.type not in GNU_TYPES else name
        return obj

    @staticmethod
    def _old_gnu_sparse(buf):
        """(up to 4 (offset, size) pairs, more follow, real size) from an old GNU header."""
        pairs = []
        for index in range(4):
            at = 386 + 24 * index
            try:
                offset, size = nti(buf[at:at + 12]), nti(buf[at + 12:at + 24])
            except InvalidHeaderError:
                break
            pairs.append((offset, size))
        return pairs, bool(buf[482]), nti(buf[483:495])

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, its extended headers applied."""
        return cls._fromtarfile(tarfile)

    @classmethod
    def _fromtarfile(cls, tarfile, *, dircheck=True):
        source = tarfile.fileobj
        obj = cls._frombuf(source.read(BLOCKSIZE), tarfile.encoding, tarfile.errors,
                           dircheck=dircheck)
        obj.offset = source.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        # Extended headers (GNU long names, sparse maps, pax records) describe the member that
        # follows them; everything else is a member by itself.
        handler = {GNUTYPE_LONGNAME: '_proc_gnulong', GNUTYPE_LONGLINK: '_proc_gnulong',
                   GNUTYPE_SPARSE: '_proc_sparse', XHDTYPE: '_proc_pax', XGLTYPE: '_proc_pax',
                   SOLARIS_XHDTYPE: '_proc_pax'}.get(self.type, '_proc_builtin')
        return getattr(self, handler)(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += _round_up(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _following(self, tarfile):
        try:
            return self._fromtarfile(tarfile, dircheck=False)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(_round_up(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            member.name = nts(data, tarfile.encoding, tarfile.errors)
        else:
            member.linkname = nts(data, tarfile.encoding, tarfile.errors)
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        pairs, more, realsize = self._sparse_structs
        del self._sparse_structs
        while more:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            for index in range(21):
                at = 24 * index
                try:
                    offset, size = nti(buf[at:at + 12]), nti(buf[at + 12:at + 24])
                except InvalidHeaderError:
                    break
                if offset and size:
                    pairs.append((offset, size))
            more = bool(buf[504])
        self.sparse = pairs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + _round_up(self.size)
        self.size = realsize
        return self

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(_round_up(self.size))
        # A global header ('g') changes the archive's defaults; 'x' applies to the next member.
        headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        raw = data[:self.size]
        records = self._parse_pax_records(raw, tarfile.encoding, tarfile.errors)
        headers.update(records)
        member = self._following(tarfile)
        # GNU tar's sparse files in pax archives, in the three versions of its format.
        if "GNU.sparse.map" in headers:                                     # 0.1
            numbers = [int(x) for x in headers["GNU.sparse.map"].split(",")]
            member.sparse = list(zip(numbers[::2], numbers[1::2]))
        elif "GNU.sparse.size" in headers:                                  # 0.0
            # The map is repeated offset/numbytes records, which the dict above collapsed.
            import re
            starts = [int(m) for m in re.findall(rb"\d+ GNU\.sparse\.offset=(\d+)\n", raw)]
            lengths = [int(m) for m in re.findall(rb"\d+ GNU\.sparse\.numbytes=(\d+)\n", raw)]
            member.sparse = list(zip(starts, lengths))
        elif headers.get("GNU.sparse.major") == "1" and headers.get("GNU.sparse.minor") == "0":
            self._read_sparse_map_10(member, tarfile)                       # 1.0
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                end = member.offset_data
                if member.isreg() or member.type not in SUPPORTED_TYPES:
                    end += _round_up(member.size)
                tarfile.offset = end
        return member

    @staticmethod
    def _read_sparse_map_10(member, tarfile):
        """Version 1.0 keeps the map at the start of the data: a count, then offset and
        length lines, padded to a block."""
        source = tarfile.fileobj
        pending = source.read(BLOCKSIZE)
        count, pending = pending.split(b"\n", 1)
        numbers = []
        while len(numbers) < int(count) * 2:
            if b"\n" not in pending:
                pending += source.read(BLOCKSIZE)
            number, pending = pending.split(b"\n", 1)
            numbers.append(int(number))
        member.offset_data = source.tell()
        member.sparse = list(zip(numbers[::2], numbers[1::2]))

    @staticmethod
    def _parse_pax_records(data, encoding, errors):
        """The keyword -> value pairs of a pax header's records ('LEN KEY=VALUE\\n')."""
        binary = b"21 hdrcharset=BINARY\n" in data
        records = {}
        pos = 0
        while pos < len(data) and data[pos:pos + 1] != NUL:
            space = data.find(b" ", pos)
            if space < 0 or not data[pos:space].isdigit():
                raise InvalidHeaderError("invalid header")
            length = int(data[pos:space])
            if length < 5 or pos + length > len(data):
                raise InvalidHeaderError("invalid header")
            record = data[space + 1:pos + length - 1]
            key, eq, value = record.partition(b"=")
            if not eq or data[pos + length - 1:pos + length] != b"\n":
                raise InvalidHeaderError("invalid header")
            keyword = key.decode("utf-8", "strict")
            if binary and keyword in PAX_NAME_FIELDS:
                text = value.decode(encoding, errors)
            else:
                try:
                    text = value.decode("utf-8", "strict")
                except UnicodeDecodeError:
                    text = value.decode(encoding, errors)
            if keyword != "hdrcharset":
                records[keyword] = text
            pos += length
        return records

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                self.path = value
            elif keyword == "GNU.sparse.size":
                self.size = int(value)
            elif keyword == "GNU.sparse.realsize":
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def isreg(self):
        """Whether it is a regular file."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """Whether it is a regular file."""
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """Whether it is a character device, block device or FIFO."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# ---- Reading a member's data ----

class _FileInFile(io.RawIOBase):
    """A read-only, seekable window on size bytes of fileobj from offset (sparse holes read
    as zeros)."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name
        # (start in the member, length, position in the archive or None for a hole)
        self._pieces = []
        if blockinfo is None:
            self._pieces.append((0, size, offset))
        else:
            cursor = 0
            stored = offset
            for start, length in blockinfo:
                if not length:
                    continue
                if start > cursor:
                    self._pieces.append((cursor, start - cursor, None))
                self._pieces.append((start, length, stored))
                stored += length
                cursor = max(cursor, start + length)
            if cursor < size:
                self._pieces.append((cursor, size - cursor, None))

    def readable(self):
        return True

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            self.position = min(max(position, 0), self.size)
        elif whence == io.SEEK_CUR:
            self.position = min(max(self.position + position, 0), self.size)
        elif whence == io.SEEK_END:
            self.position = max(min(self.size + position, self.size), 0)
        else:
            raise ValueError("Invalid argument")
        return self.position

    def read(self, size=-1):
        left = self.size - self.position if size is None or size < 0 else min(size, self.size - self.position)
        out = bytearray()
        while left > 0:
            for start, length, stored in self._pieces:
                if start <= self.position < start + length:
                    break
            else:
                break
            take = min(left, start + length - self.position)
            if stored is None:
                out += NUL * take
            else:
                self.fileobj.seek(stored + self.position - start)
                chunk = self.fileobj.read(take)
                if len(chunk) != take:
                    raise ReadError("unexpected end of data")
                out += chunk
            self.position += take
            left -= take
        return bytes(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class ExFileObject(io.BufferedReader):
    """The file object extractfile() returns: a buffered reader of one member's data."""

    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                          getattr(tarfile.fileobj, "name", None), tarinfo.sparse)
        super().__init__(raw)


# ---- Compressed streams for the '|' modes ----

class _MemoryStream(io.BytesIO):
    """A '|' mode archive held in memory: read ones are decompressed whole on opening,
    written ones compressed and written out on close."""

    def __init__(self, name, mode, comptype, fileobj, compresslevel):
        self.name = name
        self._mode = mode
        self._comptype = comptype
        self._target = fileobj
        self._own_target = fileobj is None
        self._level = compresslevel
        if mode == "r":
            source = _open_file(name, "rb") if fileobj is None else fileobj
            try:
                data = source.read()
            finally:
                if fileobj is None:
                    source.close()
            super().__init__(self._decompress(data))
        else:
            super().__init__()

    def _decompress(self, data):
        kind = self._comptype
        if kind == "*":
            kind = "tar"
            if data.startswith(b"\037\213\010"):
                kind = "gz"
            elif data[0:3] == b"BZh" and data[4:10] == b"1AY&SY":
                kind = "bz2"
            elif data.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
                kind = "xz"
        try:
            if kind == "gz":
                import gzip
                return gzip.decompress(data)
            if kind == "bz2":
                import bz2
                return bz2.decompress(data)
            if kind == "xz":
                import lzma
                return lzma.decompress(data)
        except Exception as e:
            raise ReadError({"gz": "invalid compressed data", "bz2": "invalid compressed data",
                             "xz": "invalid compressed data"}[kind]) from e
        if kind != "tar":
            raise CompressionError("unknown compression type %r" % kind)
        return data

    def seek(self, position, whence=io.SEEK_SET):
        # Like a real stream, a read one only goes forward.
        if self._mode == "r" and whence == io.SEEK_SET and position < self.tell():
            raise StreamError("seeking backwards is not allowed")
        return super().seek(position, whence)

    def close(self):
        if self.closed:
            return
        if self._mode == "w":
            data = self.getvalue()
            kind = self._comptype
            if kind == "gz":
                import gzip
                data = gzip.compress(data, self._level)
            elif kind == "bz2":
                import bz2
                data = bz2.compress(data, self._level)
            elif kind == "xz":
                import lzma
                data = lzma.compress(data)
            target = _open_file(self.name, "wb") if self._own_target else self._target
            try:
                target.write(data)
            finally:
                if self._own_target:
                    target.close()
        super().close()


# ---- The archive ----

class TarFile:
    """A tar archive opened for reading ('r'), appending ('a'), writing ('w') or exclusive
    creation ('x'). TarFile.open (tarfile.open) also handles compression."""

    debug = 0                  # 0 (quiet) to 3 (everything), messages on stderr
    dereference = False        # archive what symbolic and hard links point to
    ignore_zeros = False       # read on over empty (zero) blocks
    errorlevel = 1             # 0: extraction errors are messages; 1: OSErrors raise; 2: all raise
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = _open_file(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        for attr, value in (("format", format), ("tarinfo", tarinfo), ("dereference", dereference),
                            ("ignore_zeros", ignore_zeros), ("encoding", encoding),
                            ("debug", debug), ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                self._seek_to_end()
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    head = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(head)
                    self.offset += len(head)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _seek_to_end(self):
        """Appending: reads the members and stops before the end-of-archive blocks."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(member)

    # -- opening --

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Opens an archive. mode is 'r'/'r:*' (any compression), 'r:' (none), 'r:gz',
        'r:bz2', 'r:xz', the same with 'a' (no compression), 'w' or 'x', or a stream mode
        'r|*', 'r|gz', 'w|bz2', ..."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            # The compressed readers first, plain tar last.
            failures = []
            for kind in sorted(cls.OPEN_METH, key=lambda k: cls.OPEN_METH[k] == "taropen"):
                opener = getattr(cls, cls.OPEN_METH[kind])
                start = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append(f"- method {kind}: {e!r}")
                    if fileobj is not None:
                        fileobj.seek(start)
            summary = "\n".join(failures)
            raise ReadError(f"file could not be opened successfully:\n{summary}")
        if ":" in mode:
            filemode, kind = mode.split(":", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if kind not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % kind)
            return getattr(cls, cls.OPEN_METH[kind])(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, kind = mode.split("|", 1)
            filemode = filemode or "r"
            kind = kind or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            if kind not in ("tar", "gz", "bz2", "xz", "*") or (kind == "*" and filemode == "w"):
                raise CompressionError("unknown compression type %r" % kind)
            level = kwargs.pop("compresslevel", 9)
            stream = _MemoryStream(name, filemode, kind, fileobj, level)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except BaseException:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _compressed(cls, name, mode, fileobj, make, read_errors, message, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            stream = make()
        except read_errors as e:
            if fileobj is not None and mode == "r":
                raise ReadError(message) from e
            raise
        try:
            archive = cls.taropen(name, mode, stream, **kwargs)
        except read_errors as e:
            stream.close()
            if mode == "r":
                raise ReadError(message) from e
            raise
        except BaseException:
            stream.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive."""
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        return cls._compressed(name, mode, fileobj,
                               lambda: GzipFile(name, mode + "b", compresslevel, fileobj),
                               OSError, "not a gzip file", **kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A bzip2-compressed archive."""
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        return cls._compressed(name, mode, fileobj,
                               lambda: BZ2File(fileobj or name, mode, compresslevel=compresslevel),
                               (OSError, EOFError), "not a bzip2 file", **kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """An xz-compressed archive."""
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        return cls._compressed(name, mode, fileobj,
                               lambda: LZMAFile(fileobj or name, mode, preset=preset),
                               (LZMAError, EOFError), "not an lzma file", **kwargs)

    # -- the archive as a whole --

    def close(self):
        """Closes the archive; a written one gets its two end blocks and record padding."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                remainder = self.offset % RECORDSIZE
                if remainder:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The member called name (the last one, if several)."""
        member = self._getmember(name.rstrip('/'))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def getmembers(self):
        """All the members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of all the members."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing a file on disk (or an open file), named arcname in the archive;
        None for a kind of file tar cannot hold."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = os.stat(name) if self.dereference else os.lstat(name)
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            seen = self.inodes.get(inode)
            if not self.dereference and st.st_nlink > 1 and seen is not None and seen != arcname:
                kind, linkname = LNKTYPE, seen
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind, linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        if pwd:
            try:
                info.uname = pwd.getpwuid(info.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                info.gname = grp.getgrgid(info.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def list(self, verbose=True, *, members=None):
        """Prints the table of contents (ls -l style when verbose)."""
        self._check()
        for member in (self if members is None else members):
            if verbose:
                _safe_print("??????????" if member.mode is None else stat.filemode(member.mode))
                _safe_print("%s/%s" % (member.uname or member.uid, member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _safe_print("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    _safe_print("%10d" % member.size)
                if member.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6])
            _safe_print(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _safe_print("-> " + member.linkname)
                if member.islnk():
                    _safe_print("link to " + member.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Adds a file, directory (recursively, in sorted order) or link from disk; filter
        may change each TarInfo or return None to leave the file out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, f"tarfile: Skipped {name!r}")
            return
        self._dbg(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, f"tarfile: Unsupported type {name!r}")
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, f"tarfile: Excluded {name!r}")
                return
        if info.isreg():
            with _open_file(name, "rb") as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Writes tarinfo's header and, for a file, tarinfo.size bytes read from fileobj."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padding = _round_up(tarinfo.size) - tarinfo.size
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += _round_up(tarinfo.size)
        self.members.append(tarinfo)

    # -- extracting --

    def extractall(self, path=".", members=None, *, numeric_owner=False):
        """Extracts every member (or those given) under path; directories get their times
        and modes last, deepest first, so their contents could be written."""
        directories = []
        for member in (self if members is None else members):
            if member.isdir():
                directories.append(member)
                member = copy.copy(member)
                member.mode = 0o700
            self.extract(member, path, set_attrs=not member.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda member: member.name, reverse=True)
        for member in directories:
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                if self.errorlevel > 1:
                    raise
                self._dbg(1, f"tarfile: {e}")

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False):
        """Extracts one member (a name or TarInfo) under path."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.islnk():
            info._link_target = os.path.join(path, info.linkname)
        try:
            self._extract_member(info, os.path.join(path, info.name), set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            if self.errorlevel > 0:
                raise
            if e.filename is None:
                self._dbg(1, f"tarfile: {e.strerror}")
            else:
                self._dbg(1, f"tarfile: {e.strerror} {e.filename!r}")
        except ExtractError as e:
            if self.errorlevel > 1:
                raise
            self._dbg(1, f"tarfile: {e}")

    def extractfile(self, member):
        """A file object reading a regular member's data (links are followed); None for
        other members."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _MemoryStream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, f"{tarinfo.name} -> {tarinfo.linkname}")
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            maker = self.makefile
        elif tarinfo.type in _MAKERS:
            maker = getattr(self, _MAKERS[tarinfo.type])
        elif tarinfo.type not in SUPPORTED_TYPES:
            maker = self.makeunknown
        else:
            maker = self.makefile
        maker(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        try:
            os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with _open_file(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)
                return
            # Only the stored pieces are written; seeking over the gaps leaves holes.
            for start, length in tarinfo.sparse:
                target.seek(start)
                copyfileobj(source, target, length, ReadError, self.copybufsize)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, f"tarfile: Unknown file type {tarinfo.type!r}, extracted as regular file.")

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, tarinfo.mode | kind, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (OSError, AttributeError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Sets the owner (only root may); by name unless numeric_owner."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        gid, uid = tarinfo.gid, tarinfo.uid
        if not numeric_owner:
            try:
                if grp:
                    gid = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd:
                    uid = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, uid, gid)
            else:
                os.chown(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # -- iteration --

    def next(self):
        """The next member when reading, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            first, self.firstmember = self.firstmember, None
            return first
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = None
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, f"0x{self.offset:X}: {e}")
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, f"0x{self.offset:X}: {e}")
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise
            break
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)] if tarinfo in members else members
        wanted = os.path.normpath(name) if normalize else name
        for member in reversed(members):
            if (os.path.normpath(member.name) if normalize else member.name) == wanted:
                return member
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        """The member a link points to (looked up among the members before it)."""
        if tarinfo.issym():
            target = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            target = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(target, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % target)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            member = self.next()
            index += 1
            yield member
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # An error inside the with block: no end blocks for a half-written archive.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


# How each kind of member other than a regular file is made on disk.
_MAKERS = {DIRTYPE: 'makedir', FIFOTYPE: 'makefifo', CHRTYPE: 'makedev', BLKTYPE: 'makedev',
           LNKTYPE: 'makelink', SYMTYPE: 'makelink'}


def _safe_print(text):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        text = text.encode(encoding, 'backslashreplace').decode(encoding)
    print(text, end=' ')


def is_tarfile(name):
    """Whether name (a path or a file object) holds a tar archive this module can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    """python -m tarfile [-v] (-l ARCHIVE | -t ARCHIVE | -e ARCHIVE [DIR] | -c ARCHIVE FILE...)"""
    import argparse
    parser = argparse.ArgumentParser(description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False, help='Verbose output')
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument('-l', '--list', metavar='<tarfile>', help='Show listing of a tarfile')
    actions.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                         help='Extract tarfile into target dir')
    actions.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                         help='Create tarfile from sources')
    actions.add_argument('-t', '--test', metavar='<tarfile>', help='Test if a tarfile is valid')
    options = parser.parse_args()

    def readable(path):
        if not is_tarfile(path):
            parser.exit(1, f'{path!r} is not a tar archive.\n')
        return path

    if options.test is not None:
        path = readable(options.test)
        with open(path, 'r') as archive:
            print(archive.getmembers(), file=sys.stderr)
        if options.verbose:
            print(f'{path!r} is a tar archive.')
    elif options.list is not None:
        with open(readable(options.list), 'r:*') as archive:
            archive.list(verbose=options.verbose)
    elif options.extract is not None:
        if len(options.extract) > 2:
            parser.exit(1, parser.format_help())
        path = options.extract[0]
        where = options.extract[1] if len(options.extract) == 2 else os.curdir
        with open(readable(path), 'r:*') as archive:
            archive.extractall(path=where)
        if options.verbose:
            if where == '.':
                print(f'{path!r} file is extracted.')
            else:
                print(f'{path!r} file is extracted into {where!r} directory.')
    else:
        path, *sources = options.create
        kinds = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz', '.bz2': 'bz2',
                 '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}
        kind = kinds.get(os.path.splitext(path)[1])
        with open(path, 'w:' + kind if kind else 'w') as archive:
            for source in sources:
                archive.add(source)
        if options.verbose:
            print(f'{path!r} file created.')


if __name__ == '__main__':
    main()
