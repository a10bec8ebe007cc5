# plistlib: Apple property lists in their XML and binary ("bplist00") forms: dict, list/tuple,
# str, int, float, bool, bytes, datetime and (binary only) UID values. XML is read with pygen's
# own XML parser (xml.etree), not expat. CPython counterpart: Lib/plistlib.py.
import binascii
import codecs
import datetime
import enum
import itertools
import os
import re
import struct
from io import BytesIO

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps",
           "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A keyed-archiver object reference: an integer in [0, 2**64)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        return other.data == self.data if isinstance(other, UID) else NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---- XML ----

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

# C0 controls other than tab, newline and carriage return cannot appear in XML text.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_DATE = re.compile(r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
                   r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
                   re.ASCII)


def _date_from_string(text):
    parts = _DATE.match(text).groupdict()
    fields = []
    for key in ('year', 'month', 'day', 'hour', 'minute', 'second'):
        if parts[key] is None:
            break
        fields.append(int(parts[key]))
    return datetime.datetime(*fields)


def _date_to_string(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def _escape(text):
    if _CONTROL_CHARS.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _encode_base64(data, maxlinelength=76):
    # b2a_base64 ends each piece with a newline: the pieces are the lines.
    chunk = (maxlinelength // 4) * 3
    return b''.join(binascii.b2a_base64(data[i:i + chunk]) for i in range(0, len(data), chunk))


class _PlistParser:
    """Builds the value of an XML plist from the element events of xml.etree's parser."""

    def __init__(self, dict_type):
        self.stack = []
        self.current_key = None
        self.root = None
        self._dict_type = dict_type
        self._chunks = []          # the text of the element being read

    def parse(self, fileobj):
        from xml.etree.ElementTree import XMLParser
        raw = fileobj.read()
        if re.search(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", raw):
            raise InvalidFileException("XML entity declarations are not supported in plist files")
        self._parser = XMLParser(target=self)
        # Incremental mode keeps the parser's document (and so the position) reachable.
        self._parser._events = ([], ())
        self._parser.feed(raw)
        self._parser.close()
        return self.root

    def _line(self):
        document = getattr(self._parser, '_document', None)
        if document is None:
            return 1
        return document.text.count('\n', 0, document.pos) + 1

    # The parser's target interface.
    def start(self, tag, attrib):
        self._chunks = []
        handler = getattr(self, "begin_" + tag, None)
        if handler is not None:
            handler(attrib)

    def end(self, tag):
        handler = getattr(self, "end_" + tag, None)
        if handler is not None:
            handler()

    def data(self, text):
        self._chunks.append(text)

    def close(self):
        return None

    def add_object(self, value):
        if self.current_key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1][self.current_key] = value
            self.current_key = None
        elif not self.stack:
            self.root = value          # the top-level value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1].append(value)

    def get_data(self):
        text = ''.join(self._chunks)
        self._chunks = []
        return text

    def begin_dict(self, attrs):
        new = self._dict_type()
        self.add_object(new)
        self.stack.append(new)

    def end_dict(self):
        if self.current_key:
            raise ValueError("missing value for key '%s' at line %d" % (self.current_key, self._line()))
        self.stack.pop()

    def end_key(self):
        if self.current_key or not isinstance(self.stack[-1], dict):
            raise ValueError("unexpected key at line %d" % self._line())
        self.current_key = self.get_data()

    def begin_array(self, attrs):
        new = []
        self.add_object(new)
        self.stack.append(new)

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.add_object(True)

    def end_false(self):
        self.add_object(False)

    def end_integer(self):
        text = self.get_data()
        self.add_object(int(text, 16) if text[:2] in ('0x', '0X') else int(text))

    def end_real(self):
        text = self.get_data()
        self.add_object(float(text))

    def end_string(self):
        text = self.get_data()
        self.add_object(text)

    def end_data(self):
        self.add_object(binascii.a2b_base64(self.get_data().encode('utf-8')))

    def end_date(self):
        text = self.get_data()
        self.add_object(_date_from_string(text))


class _PlistWriter:
    """Writes a value as an XML plist, one element a line, indented with tabs."""

    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1, sort_keys=True,
                 skipkeys=False):
        if writeHeader:
            file.write(PLISTHEADER)
        self.file = file
        self.stack = []
        self._indent_level = indent_level
        self.indent = indent
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self.writeln('<plist version="1.0">')
        self.write_value(value)
        self.writeln("</plist>")

    def writeln(self, line):
        if line:
            if isinstance(line, str):
                line = line.encode('utf-8')
            self.file.write(self._indent_level * self.indent + line + b'\n')
        else:
            self.file.write(b'\n')

    def begin_element(self, element):
        self.stack.append(element)
        self.writeln(f"<{element}>")
        self._indent_level += 1

    def end_element(self, element):
        assert self.stack, "element stack empty"
        self._indent_level -= 1
        assert self.stack.pop() == element, "element mismatch"
        self.writeln(f"</{element}>")

    def simple_element(self, element, value=None):
        if value is None:
            self.writeln(f"<{element}/>")
        else:
            self.writeln(f"<{element}>{_escape(value)}</{element}>")

    def write_value(self, value):
        if isinstance(value, str):
            self.simple_element("string", value)
        elif value is True:
            self.simple_element("true")
        elif value is False:
            self.simple_element("false")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.simple_element("integer", str(int(value)))
        elif isinstance(value, float):
            self.simple_element("real", float.__repr__(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self.simple_element("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.write_array(value)
        else:
            raise TypeError(f"unsupported type: {type(value)}")

    def write_bytes(self, data):
        self.begin_element("data")
        self._indent_level -= 1
        # Lines of base64 at the element's own indentation, 76 columns at most (tabs as 8).
        used = len(self.indent.replace(b"\t", b" " * 8) * self._indent_level)
        for line in _encode_base64(data, max(16, 76 - used)).split(b"\n"):
            if line:
                self.writeln(line)
        self._indent_level += 1
        self.end_element("data")

    def write_dict(self, d):
        if not d:
            self.simple_element("dict")
            return
        self.begin_element("dict")
        for key, value in (sorted(d.items()) if self._sort_keys else d.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.simple_element("key", key)
            self.write_value(value)
        self.end_element("dict")

    def write_array(self, array):
        if not array:
            self.simple_element("array")
            return
        self.begin_element("array")
        for value in array:
            self.write_value(value)
        self.end_element("array")


def _is_fmt_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    # The same after a byte order mark, in any of the Unicode encodings.
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                          (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                          (codecs.BOM_UTF32_LE, "utf-32-le")):
        if header.startswith(bom):
            for start in starts:
                prefix = bom + start.decode('ascii').encode(encoding)
                if header[:len(prefix)] == prefix:
                    return True
    return False


# ---- Binary ----

_BINARY_FORMAT = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_EPOCH = datetime.datetime(2001, 1, 1)
_undefined = object()


class _BinaryPlistParser:
    """Reads a bplist00 file: the trailer gives the offset table, the table the objects."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            self._fp = fp
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_size, self._ref_size, count, top, table_offset = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table_offset)
            self._object_offsets = self._read_ints(count, offset_size)
            self._objects = [_undefined] * count
            return self._read_object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _get_size(self, low):
        """A length from a marker's low nibble, or from the int object after it (nibble 0xF)."""
        if low != 0xF:
            return low
        width = 1 << (self._fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _BINARY_FORMAT[width], self._fp.read(width))[0]

    def _read_ints(self, n, size):
        data = self._fp.read(size * n)
        if size in _BINARY_FORMAT:
            return struct.unpack(f'>{n}{_BINARY_FORMAT[size]}', data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[i:i + size], 'big') for i in range(0, size * n, size))

    def _read_refs(self, n):
        return self._read_ints(n, self._ref_size)

    def _read_exact(self, n):
        data = self._fp.read(n)
        if len(data) != n:
            raise InvalidFileException()
        return data

    def _read_object(self, ref):
        known = self._objects[ref]
        if known is not _undefined:
            return known
        self._fp.seek(self._object_offsets[ref])
        marker = self._fp.read(1)[0]
        high, low = marker & 0xF0, marker & 0x0F
        if marker == 0x00:
            result = None
        elif marker == 0x08:
            result = False
        elif marker == 0x09:
            result = True
        elif marker == 0x0F:
            result = b''
        elif high == 0x10:
            # 1, 2 and 4 byte integers are unsigned; 8 and 16 byte ones signed.
            result = int.from_bytes(self._fp.read(1 << low), 'big', signed=low >= 3)
        elif marker in (0x22, 0x23):
            width = 4 if marker == 0x22 else 8
            (result,) = struct.unpack('>f' if width == 4 else '>d', self._fp.read(width))
        elif marker == 0x33:
            seconds = struct.unpack('>d', self._fp.read(8))[0]
            result = _EPOCH + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            result = self._read_exact(self._get_size(low))
        elif high == 0x50:
            result = self._read_exact(self._get_size(low)).decode('ascii')
        elif high == 0x60:
            result = self._read_exact(self._get_size(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(self._fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self._read_refs(self._get_size(low))
            result = []
            self._objects[ref] = result      # before the items: an item may refer back
            result.extend(self._read_object(item) for item in refs)
        elif high == 0xD0:
            size = self._get_size(low)
            key_refs = self._read_refs(size)
            value_refs = self._read_refs(size)
            result = self._dict_type()
            self._objects[ref] = result
            try:
                for k, v in zip(key_refs, value_refs):
                    result[self._read_object(k)] = self._read_object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._objects[ref] = result
        return result


def _count_to_size(count):
    for size in (1, 2, 4):
        if count < 1 << (8 * size):
            return size
    return 8


_scalars = (str, int, float, datetime.datetime, bytes)


class _BinaryPlistWriter:
    """Writes a bplist00 file. Equal scalars are stored once; containers once per object."""

    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self._objlist = []          # every object, in the order they are written
        self._objtable = {}         # (type, value) -> index, for scalars
        self._objidtable = {}       # id -> index, for containers and the rest
        self._flatten(value)
        count = len(self._objlist)
        self._object_offsets = [0] * count
        self._ref_size = _count_to_size(count)
        self._ref_format = _BINARY_FORMAT[self._ref_size]
        self._fp.write(b'bplist00')
        for obj in self._objlist:
            self._write_object(obj)
        top = self._getrefnum(value)
        table_offset = self._fp.tell()
        offset_size = _count_to_size(table_offset)
        self._fp.write(struct.pack('>' + _BINARY_FORMAT[offset_size] * count, *self._object_offsets))
        self._fp.write(struct.pack('>5xBBBQQQ', 0, offset_size, self._ref_size, count, top,
                                   table_offset))

    def _items(self, d):
        for key, value in (sorted(d.items()) if self._sort_keys else d.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            yield key, value

    def _flatten(self, value):
        if isinstance(value, _scalars):
            key = (type(value), value)
            if key in self._objtable:
                return
            self._objtable[key] = len(self._objlist)
        else:
            if id(value) in self._objidtable:
                return
            self._objidtable[id(value)] = len(self._objlist)
        self._objlist.append(value)
        if isinstance(value, dict):
            pairs = list(self._items(value))
            for item in itertools.chain((k for k, _ in pairs), (v for _, v in pairs)):
                self._flatten(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._flatten(item)

    def _getrefnum(self, value):
        if isinstance(value, _scalars):
            return self._objtable[type(value), value]
        return self._objidtable[id(value)]

    def _write_size(self, marker, size):
        if size < 15:
            self._fp.write(struct.pack('>B', marker | size))
            return
        for code, fmt, limit in ((0x10, 'B', 1 << 8), (0x11, 'H', 1 << 16), (0x12, 'L', 1 << 32)):
            if size < limit:
                self._fp.write(struct.pack('>BB' + fmt, marker | 0xF, code, size))
                return
        self._fp.write(struct.pack('>BBQ', marker | 0xF, 0x13, size))

    def _write_refs(self, refs):
        self._fp.write(struct.pack('>' + self._ref_format * len(refs), *refs))

    def _write_object(self, value):
        self._object_offsets[self._getrefnum(value)] = self._fp.tell()
        out = self._fp
        if value is None:
            out.write(b'\x00')
        elif value is False:
            out.write(b'\x08')
        elif value is True:
            out.write(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                try:
                    out.write(struct.pack('>Bq', 0x13, value))
                except struct.error:
                    raise OverflowError(value) from None
            elif value < 1 << 8:
                out.write(struct.pack('>BB', 0x10, value))
            elif value < 1 << 16:
                out.write(struct.pack('>BH', 0x11, value))
            elif value < 1 << 32:
                out.write(struct.pack('>BL', 0x12, value))
            elif value < 1 << 63:
                out.write(struct.pack('>BQ', 0x13, value))
            elif value < 1 << 64:
                out.write(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            out.write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            out.write(struct.pack('>Bd', 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._write_size(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            if value.isascii():
                self._write_size(0x50, len(value))
                out.write(value.encode('ascii'))
            else:
                data = value.encode('utf-16be')
                self._write_size(0x60, len(data) // 2)
                out.write(data)
        elif isinstance(value, UID):
            if value.data < 0:
                raise ValueError("UIDs must be positive")
            for code, fmt, limit in ((0x80, 'B', 1 << 8), (0x81, 'H', 1 << 16),
                                     (0x83, 'L', 1 << 32), (0x87, 'Q', 1 << 64)):
                if value.data < limit:
                    out.write(struct.pack('>B' + fmt, code, value.data))
                    break
            else:
                raise OverflowError(value)
        elif isinstance(value, (list, tuple)):
            refs = [self._getrefnum(item) for item in value]
            self._write_size(0xA0, len(refs))
            self._write_refs(refs)
        elif isinstance(value, dict):
            pairs = list(self._items(value))
            self._write_size(0xD0, len(pairs))
            self._write_refs([self._getrefnum(k) for k, _ in pairs])
            self._write_refs([self._getrefnum(v) for _, v in pairs])
        else:
            raise TypeError(value)


def _is_fmt_binary(header):
    return header[:8] == b'bplist00'


_FORMATS = {
    FMT_XML: dict(detect=_is_fmt_xml, parser=_PlistParser, writer=_PlistWriter),
    FMT_BINARY: dict(detect=_is_fmt_binary, parser=_BinaryPlistParser, writer=_BinaryPlistWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """The value of the plist read from a binary file; fmt None detects the format."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info['detect'](header):
                parser_class = info['parser']
                break
        else:
            raise InvalidFileException()
    else:
        parser_class = _FORMATS[fmt]['parser']
    return parser_class(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """The value of the plist in bytes."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Writes value as a plist to a binary file."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """value as plist bytes."""
    out = BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
