"""zipfile: read and write ZIP archives (a subset).

Covers what scripts and tests commonly do: ZipFile in modes 'r', 'w', 'a'
and 'x' with write(), writestr(), read(), open() for reading, namelist(),
infolist(), getinfo() and extractall(), entries stored or deflated, no
ZIP64, no encryption, no multi-disk archives."""

import io
import os
import struct
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "ZIP_STORED", "ZIP_DEFLATED",
           "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]

ZIP_STORED = 0
ZIP_DEFLATED = 8


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    pass


BadZipfile = BadZipFile

_LOCAL = struct.Struct('<4sHHHHHIIIHH')
_LOCAL_SIG = b'PK\x03\x04'
_CENTRAL = struct.Struct('<4sHHHHHHIIIHHHHHII')
_CENTRAL_SIG = b'PK\x01\x02'
_END = struct.Struct('<4sHHHHIIH')
_END_SIG = b'PK\x05\x06'


class ZipInfo:
    __slots__ = ('filename', 'date_time', 'compress_type', 'comment', 'extra',
                 'create_system', 'create_version', 'extract_version',
                 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.filename = filename.replace(os.sep, '/')
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self.comment = b''
        self.extra = b''
        self.create_system = 3
        self.create_version = 20
        self.extract_version = 20
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def is_dir(self):
        return self.filename.endswith('/')

    def __repr__(self):
        return '<ZipInfo filename=%r file_size=%r>' % (self.filename, self.file_size)

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time[:6]
        return ((y - 1980) << 9 | mo << 5 | d), (h << 11 | mi << 5 | s // 2)


def is_zipfile(filename):
    try:
        if hasattr(filename, 'read'):
            filename.seek(0)
            data = filename.read()
        else:
            with open(filename, 'rb') as f:
                data = f.read()
        return _find_end(data) is not None
    except OSError:
        return False


def _find_end(data):
    pos = data.rfind(_END_SIG, max(0, len(data) - 65536 - _END.size))
    if pos < 0 or len(data) - pos < _END.size:
        return None
    return pos


class ZipFile:
    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        if compression not in (ZIP_STORED, ZIP_DEFLATED):
            raise NotImplementedError("That compression method is not supported")
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self.comment = b''
        self.filelist = []
        self.NameToInfo = {}
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self.filename = file
            self._own = True
            fmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            if mode == 'a' and not os.path.exists(file):
                fmode = 'w+b'
            self.fp = open(file, fmode)
        else:
            self.filename = getattr(file, 'name', None)
            self._own = False
            self.fp = file
        self._data_end = 0
        if mode in ('r', 'a'):
            self.fp.seek(0)
            data = self.fp.read()
            if data or mode == 'r':
                self._read_directory(data)
        self.fp.seek(self._data_end)

    def _read_directory(self, data):
        end = _find_end(data)
        if end is None:
            raise BadZipFile("File is not a zip file")
        (_, _, _, _, count, size, offset, comment_len) = _END.unpack_from(data, end)
        self.comment = data[end + _END.size:end + _END.size + comment_len]
        pos = offset
        for _ in range(count):
            fields = _CENTRAL.unpack_from(data, pos)
            if fields[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            (_, cver, ever, flags, method, t, d, crc, csize, usize,
             nlen, xlen, clen, _, iattr, eattr, hoff) = fields
            pos += _CENTRAL.size
            name = data[pos:pos + nlen]
            pos += nlen
            # Names without the UTF-8 flag are cp437, which agrees with ASCII; other bytes
            # are read as latin-1 (pygen has no cp437 codec).
            info = ZipInfo(name.decode('utf-8' if flags & 0x800 else 'latin-1'))
            info.extra = data[pos:pos + xlen]
            pos += xlen
            info.comment = data[pos:pos + clen]
            pos += clen
            info.create_version, info.create_system = cver & 0xFF, cver >> 8
            info.extract_version = ever
            info.flag_bits, info.compress_type = flags, method
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 15, d & 31,
                              t >> 11, (t >> 5) & 63, (t & 31) * 2)
            info.CRC, info.compress_size, info.file_size = crc, csize, usize
            info.internal_attr, info.external_attr = iattr, eattr
            info.header_offset = hoff
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        self._data_end = offset

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def read(self, name, pwd=None):
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        self.fp.seek(info.header_offset)
        header = self.fp.read(_LOCAL.size)
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        self.fp.read(fields[9] + fields[10])
        raw = self.fp.read(info.compress_size)
        if info.compress_type == ZIP_DEFLATED:
            data = zlib.decompress(raw, -15)
        elif info.compress_type == ZIP_STORED:
            data = raw
        else:
            raise NotImplementedError("That compression method is not supported")
        if zlib.crc32(data) != info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        return data

    def open(self, name, mode="r", pwd=None):
        if mode != 'r':
            raise NotImplementedError("zipfile here opens members only for reading")
        return io.BytesIO(self.read(name))

    def testzip(self):
        for info in self.filelist:
            try:
                self.read(info)
            except BadZipFile:
                return info.filename
        return None

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        st = os.stat(filename)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, '/'):
            arcname = arcname[1:]
        date_time = time.localtime(st.st_mtime)[:6]
        if os.path.isdir(filename):
            info = ZipInfo(arcname + '/', date_time)
            info.external_attr = (st.st_mode & 0xFFFF) << 16 | 0x10
            self._write_entry(info, b'', ZIP_STORED, None)
            return
        with open(filename, 'rb') as f:
            data = f.read()
        info = ZipInfo(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        self._write_entry(info, data, compress_type, compresslevel)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
            if compress_type is None:
                compress_type = info.compress_type
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.external_attr = 0o600 << 16
        self._write_entry(info, bytes(data), compress_type, compresslevel)

    def _write_entry(self, info, data, compress_type, compresslevel):
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self.fp is None:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        method = self.compression if compress_type is None else compress_type
        level = self.compresslevel if compresslevel is None else compresslevel
        if method == ZIP_DEFLATED:
            c = zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
            payload = c.compress(data) + c.flush()
        else:
            payload = data
        info.compress_type = method
        info.CRC = zlib.crc32(data)
        info.file_size = len(data)
        info.compress_size = len(payload)
        info.header_offset = self._data_end
        name = info.filename.encode('utf-8')
        if any(ch > 127 for ch in name):
            info.flag_bits |= 0x800
        d, t = info._dos_time()
        self.fp.seek(self._data_end)
        self.fp.write(_LOCAL.pack(_LOCAL_SIG, info.extract_version, info.flag_bits, method,
                                  t, d, info.CRC, info.compress_size, info.file_size,
                                  len(name), len(info.extra)))
        self.fp.write(name + info.extra + payload)
        self._data_end = self.fp.tell()
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for info in self.filelist:
            if members is not None and info.filename not in members:
                continue
            target = os.path.join(path, *[p for p in info.filename.split('/') if p not in ('', '.', '..')])
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target) or '.', exist_ok=True)
            with open(target, 'wb') as f:
                f.write(self.read(info))

    def close(self):
        if self.fp is None:
            return
        if self.mode in ('w', 'x', 'a'):
            self.fp.seek(self._data_end)
            start = self._data_end
            for info in self.filelist:
                name = info.filename.encode('utf-8')
                d, t = info._dos_time()
                self.fp.write(_CENTRAL.pack(_CENTRAL_SIG, info.create_version | (info.create_system << 8),
                                            info.extract_version, info.flag_bits, info.compress_type,
                                            t, d, info.CRC, info.compress_size, info.file_size,
                                            len(name), len(info.extra), len(info.comment), 0,
                                            info.internal_attr, info.external_attr,
                                            info.header_offset))
                self.fp.write(name + info.extra + info.comment)
            size = self.fp.tell() - start
            n = len(self.filelist)
            self.fp.write(_END.pack(_END_SIG, 0, 0, n, n, size, start, len(self.comment)))
            self.fp.write(self.comment)
            self.fp.truncate()
            self.fp.flush()
        if self._own:
            self.fp.close()
        self.fp = None
