# marshal for pygen: CPython's value serialisation format (version 4), written from the
# documentation of the module and the format's description in CPython's developer notes.
#
# Each value is a type byte and its payload: 'N' None, 'F'/'T' booleans, 'S' StopIteration,
# '.' Ellipsis, 'i' 32-bit int, 'l' big int (a signed count of 15-bit digits, then the
# digits), 'g' 8-byte float ('f' text before version 2), 'y' complex, 's' bytes, 'u' UTF-8
# str ('a'/'A' ASCII, 'z'/'Z' short ASCII), ')'/'(' tuple, '[' list, '{' dict (pairs, then
# '0'), '<' set, '>' frozenset, 'r' a reference to an earlier value. A type byte with bit 0x80
# set records its value for later 'r' references.
#
# loads() reads everything CPython writes except code objects: pygen's bytecode is its own,
# so code objects are neither written nor read ("unmarshallable object" / "bad marshal
# data"). dumps() writes valid data that CPython reads back; it never uses references, where
# CPython adds them to objects that have several references, so the bytes may differ.

import struct as _struct

version = 4

_FLAG_REF = 0x80
_INT32 = range(-2 ** 31, 2 ** 31)


def _writer(version):
    out = bytearray()
    word = _struct.Struct('<i').pack

    def put(value):
        kind = type(value)
        if value is None:
            out.extend(b'N')
        elif value is False or value is True:
            out.extend(b'T' if value else b'F')
        elif value is StopIteration:
            out.extend(b'S')
        elif value is Ellipsis:
            out.extend(b'.')
        elif kind is int:
            if value in _INT32:
                out.extend(b'i' + word(value))
            else:
                digits = []
                rest = abs(value)
                while rest:
                    digits.append(rest & 0x7FFF)
                    rest >>= 15
                count = len(digits) if value > 0 else -len(digits)
                out.extend(b'l' + word(count) + _struct.pack('<%dH' % len(digits), *digits))
        elif kind is float:
            out.extend(_float_bytes(value, version))
        elif kind is complex:
            if version > 1:
                out.extend(b'y' + _struct.pack('<dd', value.real, value.imag))
            else:
                out.extend(b'x' + _float_bytes(value.real, 1)[1:] +
                           _float_bytes(value.imag, 1)[1:])
        elif kind is str:
            if version >= 4 and value.isascii() and len(value) < 256:
                out.extend(b'z' + bytes([len(value)]) + value.encode('ascii'))
            elif version >= 3 and value.isascii():
                out.extend(b'a' + word(len(value)) + value.encode('ascii'))
            else:
                data = value.encode('utf-8', 'surrogatepass')
                out.extend(b'u' + word(len(data)) + data)
        elif kind in (tuple, list, set, frozenset):
            if kind is tuple and version >= 4 and len(value) < 256:
                out.extend(b')' + bytes([len(value)]))
            else:
                code = {tuple: b'(', list: b'[', set: b'<', frozenset: b'>'}[kind]
                out.extend(code + word(len(value)))
            for item in value:
                put(item)
        elif kind is dict:
            out.extend(b'{')
            for key, item in value.items():
                put(key)
                put(item)
            out.extend(b'0')
        else:
            try:
                data = bytes(memoryview(value))     # bytes, bytearray and other buffers
            except TypeError:
                raise ValueError("unmarshallable object") from None
            out.extend(b's' + word(len(data)) + data)
    return out, put


def _float_bytes(value, version):
    if version > 1:
        return b'g' + _struct.pack('<d', value)
    text = repr(value).encode()
    return b'f' + bytes([len(text)]) + text


def dumps(value, version=version, /):
    """The bytes of value in the marshal format (see the module's comment)."""
    out, put = _writer(version)
    put(value)
    return bytes(out)


def dump(value, file, version=version, /):
    """Write dumps(value, version) to the open binary file."""
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def int32(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def size(self):
        n = self.int32()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def value(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.data[self.pos]
        self.pos += 1
        flagged = bool(code & _FLAG_REF)
        code = chr(code & ~_FLAG_REF)
        slot = None
        if flagged:
            slot = len(self.refs)
            self.refs.append(None)
        result = self.payload(code, slot)
        if flagged:
            self.refs[slot] = result
        return result

    def payload(self, code, slot):
        simple = {'N': None, 'F': False, 'T': True, 'S': StopIteration, '.': Ellipsis}
        if code in simple:
            return simple[code]
        if code == 'i':
            return self.int32()
        if code == 'l':
            count = self.int32()
            number = 0
            for k in range(abs(count)):
                digit = int.from_bytes(self.take(2), 'little')
                if digit > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                number |= digit << (15 * k)
            return -number if count < 0 else number
        if code == 'g':
            return _struct.unpack('<d', self.take(8))[0]
        if code == 'f':
            return float(self.take(self.take(1)[0]).decode())
        if code == 'y':
            return complex(*_struct.unpack('<dd', self.take(16)))
        if code == 'x':
            real = float(self.take(self.take(1)[0]).decode())
            return complex(real, float(self.take(self.take(1)[0]).decode()))
        if code == 's':
            return bytes(self.take(self.size()))
        if code in 'ut':
            return bytes(self.take(self.size())).decode('utf-8', 'surrogatepass')
        if code in 'aA':
            return bytes(self.take(self.size())).decode('latin-1')
        if code in 'zZ':
            return bytes(self.take(self.take(1)[0])).decode('latin-1')
        if code in ')(':
            n = self.take(1)[0] if code == ')' else self.size()
            return tuple(self.value() for _ in range(n))
        if code == '[':
            items = []
            if slot is not None:
                self.refs[slot] = items     # registered before its items, which may refer to it
            items.extend(self.value() for _ in range(self.size()))
            return items
        if code == '{':
            table = {}
            if slot is not None:
                self.refs[slot] = table
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord('0'):
                    self.pos += 1
                    return table
                key = self.value()
                table[key] = self.value()
        if code in '<>':
            n = self.size()
            if code == '<':
                items = set()
                if slot is not None:
                    self.refs[slot] = items
                for _ in range(n):
                    items.add(self.value())
                return items
            return frozenset(self.value() for _ in range(n))
        if code == 'r':
            index = self.int32()
            if not 0 <= index < len(self.refs) or self.refs[index] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        raise ValueError("bad marshal data (unknown type code)")


def loads(bytes, /):
    """The value that the marshal data in a bytes-like object starts with."""
    try:
        data = memoryview(bytes).cast('B').tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(bytes).__name__) from None
    return _Reader(data).value()


def load(file, /):
    """Read one value from an open binary file (which is left just after it)."""
    data = file.read()
    reader = _Reader(data)
    result = reader.value()
    if hasattr(file, 'seek') and reader.pos < len(data):
        file.seek(reader.pos - len(data), 1)
    return result
