# Object serialization, protocols 0-5: Pickler/Unpickler, dump(s)/load(s), persistent ids, memo,
# reduction through copyreg.dispatch_table/__reduce_ex__, framing (protocol 4+) and out-of-band
# buffers (protocol 5). Output is byte-for-byte that of CPython's C pickler (_pickle), whose
# framing and error messages it follows. CPython counterparts: Lib/pickle.py, Modules/_pickle.c.
import sys
import copyreg
import _compat_pickle
from struct import pack, unpack
from itertools import islice

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


# CPython's classes live in the C module _pickle: their reprs and tracebacks say so. A program
# that blocks the accelerator first (sys.modules['_pickle'] = None, as pyperformance's
# --pure-python runs do, then checking pickle.Pickler.__module__ == 'pickle') gets what CPython
# then gives: the pure-Python classes, pickle._Pickler/_Unpickler, under module 'pickle'.
_AS_C = sys.modules.get("_pickle", True) is not None
_CMOD = "_pickle" if _AS_C else "pickle"
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = _CMOD


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""

    def __init__(self, buffer):
        if not isinstance(buffer, (bytes, bytearray)) and type(buffer).__name__ != "memoryview":
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return memoryview(self._obj)

    def release(self):
        self._obj = None

    def _readonly(self):
        obj = self._obj
        if obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        if isinstance(obj, bytearray):
            return False
        if isinstance(obj, bytes):
            return True
        return obj.readonly

    def _bytes(self):
        return bytes(self._obj)


# ---- Opcodes ----

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# ---- Helpers shared by both directions ----

def encode_long(x):
    """Little-endian two's complement bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _utf8_encode(s):
    # str.encode('utf-8', 'surrogatepass'), written out for the rare lone surrogates.
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if 0xd800 <= c <= 0xdfff:
            out += bytes((0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)))
        else:
            out += ch.encode('utf-8')
    return bytes(out)


def _utf8_decode(b):
    # bytes.decode('utf-8', 'surrogatepass').
    try:
        return str(b, 'utf-8')
    except UnicodeDecodeError:
        pass
    out = []
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c == 0xed and i + 2 < n and 0xa0 <= b[i + 1] <= 0xbf and 0x80 <= b[i + 2] <= 0xbf:
            out.append(chr(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)))
            i += 3
            continue
        j = i + 1
        while j < n and b[j] != 0xed:
            j += 1
        out.append(str(b[i:j], 'utf-8'))
        i = j
    return ''.join(out)


def _raw_unicode_escape(s):
    # Protocol 0 text: latin-1 bytes, \uXXXX/\UXXXXXXXX beyond, with the characters that would
    # break the line-based format (backslash, NUL, newlines, ^Z) escaped too.
    out = []
    for ch in s:
        c = ord(ch)
        if c in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out.append('\\u%04x' % c)
        elif c < 256:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(b):
    s = str(b, 'latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            # An odd run of backslashes before u escapes it; raw-unicode-escape counts them.
            width = 4 if s[i + 1] == 'u' else 8
            digits = s[i + 2:i + 2 + width]
            if len(digits) != width or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise UnicodeDecodeError('rawunicodeescape', b, i, min(n, i + 2 + width),
                                         'truncated \\uXXXX escape' if width == 4
                                         else 'truncated \\UXXXXXXXX escape')
            code = int(digits, 16)
            if code > 0x10ffff:
                raise UnicodeDecodeError('rawunicodeescape', b, i, i + 10,
                                         '\\Uxxxxxxxx out of range')
            out.append(chr(code))
            i += 2 + width
        elif ch == '\\':
            j = i
            while j < n and s[j] == '\\':
                j += 1
            run = j - i
            if j < n and s[j] in 'uU' and run % 2 == 0:
                out.append(s[i:j])
                out.append(s[j])
                i = j + 1
            elif j < n and s[j] in 'uU':
                out.append(s[i:j - 1])
                i = j - 1
            else:
                out.append(s[i:j])
                i = j
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


_ESCAPES = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
            ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11, ord('\n'): None}


def _escape_decode(data):
    # codecs.escape_decode: Python string-literal escapes in bytes (protocol 0 STRING opcode).
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        if c in _ESCAPES:
            v = _ESCAPES[c]
            if v is not None:
                out.append(v)
            i += 1
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i:j], 8) & 0xff)
            i = j
        elif c == ord('x'):
            digits = data[i + 1:i + 3]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1)) from None
            i += 3
        else:
            out.append(0x5c)
            out.append(c)
            i += 1
    return bytes(out)


def _getattribute(obj, name):
    """Follows a dotted __qualname__ from obj; returns (value, parent)."""
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_FunctionType = type(whichmodule)


# ---- Pickling ----

class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes a pickle of each object given to dump() to the file's write() method."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            index = getattr(type(protocol), "__index__", None)
            if index is None:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(protocol).__name__)
            protocol = index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = []          # bytes chunks not yet given to file.write
        self._frame = []        # chunks of the open frame (protocol 4+)
        self._frame_len = 0
        self._framing = False

    # -- output and framing (CPython's _Pickler_Write/_Pickler_CommitFrame) --

    def _write(self, data):
        if self._framing:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._out.append(data)

    def _commit_frame(self):
        # A frame shorter than _FRAME_SIZE_MIN is written without its FRAME header.
        if not self._frame:
            return
        data = b''.join(self._frame)
        if len(data) >= _FRAME_SIZE_MIN:
            self._out.append(FRAME + pack('<Q', len(data)))
        self._out.append(data)
        self._frame = []
        self._frame_len = 0

    def _opcode_boundary(self):
        if self._frame_len >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush()

    def _flush(self):
        if self._out:
            self._file_write(b''.join(self._out))
            self._out = []

    def _write_large(self, header, payload):
        # Payloads of a frame's size or more go outside any frame, as the C pickler writes them.
        if len(payload) >= _FRAME_SIZE_TARGET and self._framing:
            self._commit_frame()
            self._out.append(header)
            self._out.append(payload)
        else:
            self._write(header)
            self._write(payload)

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self._write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self._framing = True
        try:
            try:
                self.save(obj)
            except RecursionError:
                # CPython's C pickler words it so, whatever was being saved.
                raise RecursionError('maximum recursion depth exceeded while pickling an object') from None
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._frame = []
            self._frame_len = 0
        self._flush()

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        idx = len(self.memo)
        self._write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                self._opcode_boundary()
                return
        t = type(obj)
        f = self._atoms.get(t)
        if f is not None:
            f(self, obj)
            self._opcode_boundary()
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self.get(x[0]))
            self._opcode_boundary()
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            self._opcode_boundary()
            return
        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, "dispatch_table", None)
            if table is None:
                table = copyreg.dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                self._opcode_boundary()
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            self._opcode_boundary()
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)
        self._opcode_boundary()

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        proto = self.proto
        write = self._write
        func_name = getattr(func, "__name__", "")
        if proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    "not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    "not %s" % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    "not %s" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    "not %s" % type(kwargs).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                    % (obj.__class__.__name__, cls.__name__))
            if proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                self.save(partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                write(REDUCE)
        elif proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- the built-in types --

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self._write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self._write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._write(LONG1 + pack("<B", n) + encoded)
            else:
                self._write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self._write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        readonly = obj._readonly()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if readonly:
                self.save_bytes(obj._bytes())
            else:
                self.save_bytearray(bytearray(obj._bytes()))
        else:
            self._write(NEXT_BUFFER)
            if readonly:
                self._write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = _utf8_encode(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._write_large(BINUNICODE + pack("<I", n), encoded)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        write = self._write
        if not n:
            if self.bin:
                write(EMPTY_TUPLE)
            else:
                write(MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                write(POP * n + self.get(x[0]))
            else:
                write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self._write(EMPTY_LIST)
        else:
            self._write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self._write(EMPTY_DICT)
        else:
            self._write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._write
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 0:
                write(MARK)
                for item in batch:
                    self.save(item)
                write(ADDITEMS)
            if n < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self._write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as exc:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + _utf8_encode(module_name) + b'\n' + _utf8_encode(name) + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _atoms = {type(None): save_none, bool: save_bool, int: save_long, float: save_float}
    _dispatch = {bytes: save_bytes, bytearray: save_bytearray, str: save_str, tuple: save_tuple,
                 list: save_list, dict: save_dict, set: save_set, frozenset: save_frozenset,
                 type: save_type, _FunctionType: save_global,
                 PickleBuffer: save_picklebuffer}


# ---- Unpickling ----

class _Input:
    """The bytes an Unpickler reads: a whole bytes-like object, or a file read through frames."""

    def __init__(self, data=None, file=None):
        self.data = data if data is not None else b''
        self.pos = 0
        self.file = file
        self.frame_end = -1  # for files: the end of the frame held in data

    def read(self, n):
        pos = self.pos
        end = pos + n
        data = self.data
        if end <= len(data):
            self.pos = end
            return data[pos:end]
        if self.file is not None and self.frame_end < 0:
            chunk = data[pos:]
            rest = self.file.read(n - len(chunk))
            self.data = b''
            self.pos = 0
            chunk += rest
            if len(chunk) < n:
                raise UnpicklingError("pickle data was truncated")
            return chunk
        raise UnpicklingError("pickle data was truncated")

    def readline(self):
        data = self.data
        pos = self.pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self.pos = i + 1
            return data[pos:i + 1]
        if self.file is not None and self.frame_end < 0:
            line = data[pos:] + self.file.readline()
            self.data = b''
            self.pos = 0
            if not line.endswith(b'\n'):
                raise UnpicklingError("pickle data was truncated")
            return line
        raise UnpicklingError("pickle data was truncated")

    def read_opcode(self):
        pos = self.pos
        data = self.data
        if pos < len(data):
            self.pos = pos + 1
            return data[pos]
        if self.file is not None:
            self.frame_end = -1
            b = self.file.read(1)
            self.data = b''
            self.pos = 0
            if b:
                return b[0]
        return -1

    def load_frame(self, size):
        if self.file is None:
            if self.pos + size > len(self.data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self.pos < len(self.data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        frame = self.file.read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle data was truncated")
        self.data = frame
        self.pos = 0
        self.frame_end = size


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())

    Reads a pickle from the file's read() and readline() methods."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._input = _Input(file=file)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read_opcode = self._input.read_opcode
        dispatch = self._dispatch
        try:
            while True:
                key = read_opcode()
                if key < 0:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key)
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % _key_repr(key))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        mod = sys.modules[module]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def _readline_arg(self):
        return self._input.readline()[:-1]

    # -- opcodes --

    def load_proto(self):
        proto = self._input.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._input.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._input.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self._readline_arg().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._input.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data.decode('ascii'), 0)
            except (ValueError, UnicodeDecodeError):
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._input.read(4))[0])

    def load_binint1(self):
        self.append(self._input.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._input.read(2))[0])

    def load_long(self):
        val = self._readline_arg()
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val.decode('ascii'), 0))

    def load_long1(self):
        n = self._input.read(1)[0]
        self.append(decode_long(self._input.read(n)))

    def load_long4(self):
        n, = unpack('<i', self._input.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._input.read(n)))

    def load_float(self):
        self.append(float(self._readline_arg().decode('ascii')))

    def load_binfloat(self):
        self.append(unpack('>d', self._input.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline_arg()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        length, = unpack('<i', self._input.read(4))
        if length < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._input.read(length)))

    def load_short_binstring(self):
        length = self._input.read(1)[0]
        self.append(self._decode_string(self._input.read(length)))

    def load_binbytes(self):
        length, = unpack('<I', self._input.read(4))
        self.append(bytes(self._input.read(length)))

    def load_short_binbytes(self):
        length = self._input.read(1)[0]
        self.append(bytes(self._input.read(length)))

    def load_binbytes8(self):
        length, = unpack('<Q', self._input.read(8))
        if length > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytes(self._input.read(length)))

    def load_bytearray8(self):
        length, = unpack('<Q', self._input.read(8))
        if length > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self._input.read(length)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        if type(buf).__name__ == "memoryview" and not buf.readonly:
            self.stack[-1] = buf.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline_arg()))

    def load_binunicode(self):
        length, = unpack('<I', self._input.read(4))
        self.append(_utf8_decode(self._input.read(length)))

    def load_binunicode8(self):
        length, = unpack('<Q', self._input.read(8))
        if length > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(_utf8_decode(self._input.read(length)))

    def load_short_binunicode(self):
        length = self._input.read(1)[0]
        self.append(_utf8_decode(self._input.read(length)))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.append((a, b, c))

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline_arg().decode("ascii")
        name = self._readline_arg().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = _utf8_decode(self._readline_arg())
        name = _utf8_decode(self._readline_arg())
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._input.read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self._input.read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self._input.read(4))[0])

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, None)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline_arg().decode('ascii')))

    def load_binget(self):
        self._memo_get(self._input.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._input.read(4))[0])

    def load_put(self):
        i = int(self._readline_arg().decode('ascii'))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._input.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._input.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if type(list_obj) is list:
            list_obj.extend(items)
            return
        extend = getattr(list_obj, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {
        ord(PROTO): load_proto, ord(FRAME): load_frame, ord(PERSID): load_persid,
        ord(BINPERSID): load_binpersid, ord(NONE): load_none, ord(NEWFALSE): load_false,
        ord(NEWTRUE): load_true, ord(INT): load_int, ord(BININT): load_binint,
        ord(BININT1): load_binint1, ord(BININT2): load_binint2, ord(LONG): load_long,
        ord(LONG1): load_long1, ord(LONG4): load_long4, ord(FLOAT): load_float,
        ord(BINFLOAT): load_binfloat, ord(STRING): load_string, ord(BINSTRING): load_binstring,
        ord(SHORT_BINSTRING): load_short_binstring, ord(BINBYTES): load_binbytes,
        ord(SHORT_BINBYTES): load_short_binbytes, ord(BINBYTES8): load_binbytes8,
        ord(BYTEARRAY8): load_bytearray8, ord(NEXT_BUFFER): load_next_buffer,
        ord(READONLY_BUFFER): load_readonly_buffer, ord(UNICODE): load_unicode,
        ord(BINUNICODE): load_binunicode, ord(BINUNICODE8): load_binunicode8,
        ord(SHORT_BINUNICODE): load_short_binunicode, ord(TUPLE): load_tuple,
        ord(EMPTY_TUPLE): load_empty_tuple, ord(TUPLE1): load_tuple1, ord(TUPLE2): load_tuple2,
        ord(TUPLE3): load_tuple3, ord(EMPTY_LIST): load_empty_list,
        ord(EMPTY_DICT): load_empty_dictionary, ord(EMPTY_SET): load_empty_set,
        ord(FROZENSET): load_frozenset, ord(LIST): load_list, ord(DICT): load_dict,
        ord(INST): load_inst, ord(OBJ): load_obj, ord(NEWOBJ): load_newobj,
        ord(NEWOBJ_EX): load_newobj_ex, ord(GLOBAL): load_global,
        ord(STACK_GLOBAL): load_stack_global, ord(EXT1): load_ext1, ord(EXT2): load_ext2,
        ord(EXT4): load_ext4, ord(REDUCE): load_reduce, ord(POP): load_pop,
        ord(POP_MARK): load_pop_mark, ord(DUP): load_dup, ord(GET): load_get,
        ord(BINGET): load_binget, ord(LONG_BINGET): load_long_binget, ord(PUT): load_put,
        ord(BINPUT): load_binput, ord(LONG_BINPUT): load_long_binput, ord(MEMOIZE): load_memoize,
        ord(APPEND): load_append, ord(APPENDS): load_appends, ord(SETITEM): load_setitem,
        ord(SETITEMS): load_setitems, ord(ADDITEMS): load_additems, ord(BUILD): load_build,
        ord(MARK): load_mark, ord(STOP): load_stop,
    }


def _key_repr(key):
    if 0x20 <= key < 0x7f:
        return chr(key)
    return '\\x%02x' % key


Pickler.__module__ = Unpickler.__module__ = PickleBuffer.__module__ = _CMOD
if not _AS_C:
    Pickler.__name__ = Pickler.__qualname__ = "_Pickler"
    Unpickler.__name__ = Unpickler.__qualname__ = "_Unpickler"


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler.__new__(Unpickler)
    u._buffers = iter(buffers) if buffers is not None else None
    u._file_read = u._file_readline = None
    u._input = _Input(data=bytes(data))
    u.memo = {}
    u.encoding = encoding
    u.errors = errors
    u.proto = 0
    u.fix_imports = fix_imports
    return u.load()


for _f in (dump, dumps, load, loads):
    _f.__module__ = _CMOD
    if not _AS_C:
        _f.__name__ = _f.__qualname__ = "_" + _f.__name__
del _f

# The pure-Python names some programs reach for (pickle._Pickler and friends).
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
