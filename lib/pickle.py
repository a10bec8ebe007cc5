# Object serialization, protocols 0-5: Pickler/Unpickler, dump(s)/load(s), persistent ids, memo,
# reduction through copyreg.dispatch_table/__reduce_ex__, framing (protocol 4+) and out-of-band
# buffers (protocol 5). Output is byte-for-byte that of CPython's C pickler (_pickle), whose
# framing and error messages it follows. CPython counterparts: Lib/pickle.py, Modules/_pickle.c.
import sys
import copyreg
from copyreg import dispatch_table
import _compat_pickle
from struct import pack, unpack
from itertools import islice

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer"]

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

# Every opcode name is public too, with the protocol numbers, alphabetically (pickletools reads
# the opcodes from __all__).
_UPPER_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
__all__ += sorted(_name for _name in list(globals())
                  if len(_name) > 1 and "A" <= _name[0] <= "Z" and set(_name) <= _UPPER_NAME_CHARS)
del _UPPER_NAME_CHARS

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# ---- Helpers shared by both directions ----

def encode_long(x):
    """Little-endian two's complement bytes of x, as short as possible (b'' for 0)."""
    if not x:
        return b''
    # bit_length() // 8 + 1 bytes always leave room for the sign bit; a negative number may
    # fit one byte less, when dropping a top 0xff byte still leaves the sign bit set.
    width = x.bit_length() // 8 + 1
    raw = x.to_bytes(width, 'little', signed=True)
    if x < 0 and width > 1 and raw[-1] == 0xff and raw[-2] >= 0x80:
        return raw[:-1]
    return raw


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


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
    parent = obj
    for step in name.split('.'):
        if step == '<locals>':
            # A function's local class or function cannot be found again by name.
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        try:
            obj = getattr(parent, step)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, parent)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    # No __module__: search the loaded modules (a snapshot, since a module's attribute access
    # may import more), skipping the main script's, for one whose `name` is this very object.
    for modname, module in list(sys.modules.items()):
        if module is None or modname in ('__main__', '__mp_main__'):
            continue
        try:
            found = _getattribute(module, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return modname
    return '__main__'


_FunctionType = type(whichmodule)


# ---- Pickling ----

def _checked_protocol(protocol):
    """The protocol number a Pickler will write: None is the default, negative the highest."""
    if protocol is None:
        return DEFAULT_PROTOCOL
    if not isinstance(protocol, int):
        as_index = getattr(type(protocol), "__index__", None)
        if as_index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        protocol = as_index(protocol)
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return HIGHEST_PROTOCOL if protocol < 0 else protocol


# save_long's fixed-width forms, narrowest first: (lowest, highest, opcode, struct format).
_BININT_FORMS = ((0, 0xff, BININT1, '<B'), (0, 0xffff, BININT2, '<H'),
                 (-0x80000000, 0x7fffffff, BININT, '<i'))
# Extension codes (copyreg.add_extension), by the width their value needs.
_EXT_FORMS = ((0xff, EXT1, '<B'), (0xffff, EXT2, '<H'), (0x7fffffff, EXT4, '<i'))
# Types whose type object is pickled as type(instance): they are not importable by name.
_SINGLETON_TYPES = {type(None): None, type(NotImplemented): NotImplemented, type(...): ...}
# Returned by Pickler._reduction for a class with no reducer: pickled by reference.
_BY_NAME = object()


def _py3_name(modname, name):
    """The Python 2 spelling of a global for protocols 0-2 with fix_imports."""
    renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((modname, name))
    if renamed is not None:
        return renamed
    return _compat_pickle.REVERSE_IMPORT_MAPPING.get(modname, modname), name


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes a pickle of each object given to dump() to the file's write() method."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        protocol = _checked_protocol(protocol)
        if protocol < 5 and buffer_callback is not None:
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
        # Python 2 module names are only written where Python 2 could read the pickle.
        self.fix_imports = protocol < 3 and bool(fix_imports)
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
        # A payload of a frame's size or more goes outside any frame and to its own write()
        # call, the buffer (header included) flushed first: CPython's _Pickler_write_bytes.
        if len(payload) < _FRAME_SIZE_TARGET:
            self._write(header)
            self._write(payload)
            return
        if self._framing:
            self._commit_frame()
        self._out.append(header)
        self._flush()
        self._out.append(payload)
        self._flush()

    def _write_counted(self, payload, short_op, op4, op8, short_ok=True):
        # A length-prefixed payload: 1-byte length when short, 4-byte, or 8-byte (protocol 4+).
        size = len(payload)
        if short_ok and size <= 0xff:
            self._write(short_op + bytes((size,)) + payload)
        elif size > 0xffffffff and self.proto >= 4:
            self._write_large(op8 + pack('<Q', size), payload)
        else:
            self._write_large(op4 + pack('<I', size), payload)

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if getattr(self, "_file_write", None) is None:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        # The native pickler, for a plain Pickler with a fresh memo (it fills the memo in).
        if (self.__class__ is _OriginalPickler and _pickle_accel is not None and self.proto >= 2
                and not self.memo and not self.fast and self._buffer_callback is None
                and "persistent_id" not in self.__dict__ and type(self.memo) is dict):
            pieces = _pickle_accel.dumps(obj, self.proto, self.memo, True)
            if pieces is not None:
                for piece in pieces:
                    self._file_write(piece)
                return
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
        self._framing = self.proto >= 4
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

    # -- the memo: each object pickled once, later occurrences fetch it by index --

    def _memo_opcode(self, index, op1, op4, text_op):
        if not self.bin:
            return text_op + b'%d\n' % index
        return op1 + bytes((index,)) if index < 256 else op4 + pack('<I', index)

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        slot = len(self.memo)
        self._write(self.put(slot))
        self.memo[id(obj)] = slot, obj

    def put(self, idx):
        # Protocol 4 numbers memo entries implicitly, in order of MEMOIZE.
        return MEMOIZE if self.proto >= 4 else self._memo_opcode(idx, BINPUT, LONG_BINPUT, PUT)

    def get(self, i):
        return self._memo_opcode(i, BINGET, LONG_BINGET, GET)

    def _recall(self, obj):
        """The opcode fetching obj from the memo, or None if it has not been pickled yet."""
        entry = self.memo.get(id(obj))
        return None if entry is None else self.get(entry[0])

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        self._save_any(obj, save_persistent_id)
        self._opcode_boundary()

    def _save_any(self, obj, check_pid):
        if check_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                return self.save_pers(pid)
        kind = type(obj)
        # None, bools, ints and floats are never memoized: they are looked up first.
        saver = self._atoms.get(kind)
        if saver is not None:
            return saver(self, obj)
        again = self._recall(obj)
        if again is not None:
            return self._write(again)
        saver = self._dispatch.get(kind)
        if saver is not None:
            return saver(self, obj)
        reduced = self._reduction(obj, kind)
        if reduced is _BY_NAME:
            return self.save_global(obj)
        if isinstance(reduced, str):
            return self.save_global(obj, reduced)
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*reduced, obj=obj)

    def _reduction(self, obj, kind):
        """What obj reduces to, asking in CPython's order: reducer_override, the dispatch
        table, then (classes aside) __reduce_ex__ and __reduce__."""
        override = getattr(self, "reducer_override", None)
        if override is not None:
            result = override(obj)
            if result is not NotImplemented:
                return result
        table = getattr(self, "dispatch_table", None)
        reducer = (copyreg.dispatch_table if table is None else table).get(kind)
        if reducer is not None:
            return reducer(obj)
        if issubclass(kind, type):
            return _BY_NAME
        method = getattr(obj, "__reduce_ex__", None)
        if method is not None:
            return method(self.proto)
        method = getattr(obj, "__reduce__", None)
        if method is None:
            raise PicklingError("Can't pickle %r object: %r" % (kind.__name__, obj))
        return method()

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            return self._write(BINPERSID)
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._write(PERSID + text + b'\n')

    # -- __reduce__ results --

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        for position, items in (("fourth", listitems), ("fifth", dictitems)):
            if items is not None and not hasattr(items, '__next__'):
                raise PicklingError("%s element of the tuple returned by __reduce__ must be an "
                                    "iterator, not %s" % (position, type(items).__name__))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        how = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if how == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif how == "__newobj__":
            self._save_newobj(args, obj)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            # obj may have been pickled meanwhile, through a reference cycle in its arguments:
            # keep that copy, and drop the one just built.
            again = self._recall(obj)
            if again is None:
                self.memoize(obj)
            else:
                self._write(POP + again)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            self._write(BUILD)
        else:
            # state_setter(obj, state), its result discarded.
            for part in (state_setter, obj, state):
                self.save(part)
            self._write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                "not %d" % len(args))
        cls, cls_args, cls_kwargs = args
        for ordinal, value, want, what in (("first", cls, type, "a class"),
                                           ("second", cls_args, tuple, "a tuple"),
                                           ("third", cls_kwargs, dict, "a dict")):
            if not isinstance(value, want):
                raise PicklingError("%s item from NEWOBJ_EX argument tuple must be %s, not %s"
                                    % (ordinal, what, type(value).__name__))
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                % (obj.__class__.__name__, cls.__name__))
        if self.proto >= 4:
            for part in args:
                self.save(part)
            self._write(NEWOBJ_EX)
            return
        # Protocols 2 and 3 have no keyword form: call a partial of cls.__new__ instead.
        from functools import partial
        self.save(partial(cls.__new__, cls, *cls_args, **cls_kwargs))
        self.save(())
        self._write(REDUCE)

    def _save_newobj(self, args, obj):
        if not args:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not isinstance(cls, type):
            raise PicklingError("args[0] from __newobj__ args is not a type")
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self.save(cls)
        self.save(args[1:])
        self._write(NEWOBJ)

    # -- the built-in types --

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto < 2:
            return self._write(TRUE if obj else FALSE)
        self._write(NEWTRUE if obj else NEWFALSE)

    def save_long(self, obj):
        if self.bin:
            for lowest, highest, opcode, layout in _BININT_FORMS:
                if lowest <= obj <= highest:
                    return self._write(opcode + pack(layout, obj))
        if self.proto >= 2:
            body = encode_long(obj)
            size = len(body)
            header = LONG1 + bytes((size,)) if size < 256 else LONG4 + pack('<i', size)
            return self._write(header + body)
        # Protocol 0: decimal text; INT for what a C long of 32 bits holds, LONG with an L.
        digits = repr(obj).encode("ascii")
        if -2**31 <= obj < 2**31:
            self._write(INT + digits + b'\n')
        else:
            self._write(LONG + digits + b'L\n')

    def save_float(self, obj):
        if not self.bin:
            return self._write(FLOAT + repr(obj).encode("ascii") + b'\n')
        self._write(BINFLOAT + pack('>d', obj))

    def save_bytes(self, obj):
        if self.proto >= 3:
            self._write_counted(obj, SHORT_BINBYTES, BINBYTES, BINBYTES8)
            return self.memoize(obj)
        # No bytes opcode before protocol 3: a call that Python 2 can also make.
        if obj:
            import codecs
            self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
        else:
            self.save_reduce(bytes, (), obj=obj)

    def save_bytearray(self, obj):
        if self.proto >= 5:
            self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
            return self.memoize(obj)
        self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        readonly = obj._readonly()
        callback = self._buffer_callback
        # The callback returning false takes the buffer out of band.
        if callback is None or callback(obj):
            if readonly:
                self.save_bytes(obj._bytes())
            else:
                self.save_bytearray(bytearray(obj._bytes()))
            return
        self._write(NEXT_BUFFER + READONLY_BUFFER if readonly else NEXT_BUFFER)

    def save_str(self, obj):
        if self.bin:
            self._write_counted(_utf8_encode(obj), SHORT_BINUNICODE, BINUNICODE, BINUNICODE8,
                                short_ok=self.proto >= 4)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        size = len(obj)
        if not size:
            return self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
        sized_opcode = size <= 3 and self.proto >= 2
        if not sized_opcode:
            self._write(MARK)
        for element in obj:
            self.save(element)
        again = self._recall(obj)
        if again is not None:
            # A recursive tuple got memoized while its elements were saved: drop what is on
            # the stack and fetch that copy.
            if sized_opcode:
                discard = POP * size
            else:
                discard = POP_MARK if self.bin else POP * (size + 1)
            return self._write(discard + again)
        self._write(_tuplesize2code[size] if sized_opcode else TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._exact_batches(obj, len(obj), self.save, APPEND, APPENDS, False)

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._exact_batches(obj.items(), len(obj), self._save_pair, SETITEM, SETITEMS, True)

    def _exact_batches(self, items, count, save_item, one_op, many_op, until_short):
        """Saves the items of an exact list, dict or set as the C pickler batches them (its
        batch_list_exact, batch_dict_exact, save_set): one_op only for a lone item (one_op None:
        never), else MARK ... many_op per _BATCHSIZE items, a last batch of one included;
        until_short (dicts, sets) adds an empty batch after a last full one."""
        if not self.bin:
            return self._in_batches(items, save_item, one_op, many_op)
        if not count:
            return
        if count == 1 and one_op is not None:
            for item in items:
                save_item(item)
            return self._write(one_op)
        source = iter(items)
        done = 0
        while True:
            batch = list(islice(source, _BATCHSIZE))
            self._write(MARK)
            for item in batch:
                save_item(item)
            self._write(many_op)
            done += len(batch)
            if len(batch) < _BATCHSIZE or (not until_short and done >= count):
                return

    def _save_pair(self, pair):
        key, value = pair
        self.save(key)
        self.save(value)

    def _in_batches(self, items, save_item, one_op, many_op):
        """Saves items for the container on the stack: MARK ... many_op per _BATCHSIZE items,
        one_op after a lone item (one_op None: always batched). Protocol 0 has no batches."""
        if not self.bin:
            for item in items:
                save_item(item)
                self._write(one_op)
            return
        source = iter(items)
        while True:
            batch = list(islice(source, _BATCHSIZE))
            if len(batch) == 1 and one_op is not None:
                save_item(batch[0])
                self._write(one_op)
            elif batch:
                self._write(MARK)
                for item in batch:
                    save_item(item)
                self._write(many_op)
            if len(batch) < _BATCHSIZE:
                return

    def _batch_appends(self, items):
        self._in_batches(items, self.save, APPEND, APPENDS)

    def _batch_setitems(self, items):
        self._in_batches(items, self._save_pair, SETITEM, SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            return self.save_reduce(set, (list(obj),), obj=obj)
        self._write(EMPTY_SET)
        self.memoize(obj)
        self._exact_batches(obj, len(obj), self.save, None, ADDITEMS, True)

    def save_frozenset(self, obj):
        if self.proto < 4:
            return self.save_reduce(frozenset, (list(obj),), obj=obj)
        self._write(MARK)
        for item in obj:
            self.save(item)
        again = self._recall(obj)
        if again is not None:
            return self._write(POP_MARK + again)
        self._write(FROZENSET)
        self.memoize(obj)

    # -- classes and functions, by reference --

    def _resolve_global(self, obj, name):
        """(module name, parent object, module) where name finds obj again, or PicklingError."""
        modname = whichmodule(obj, name)
        try:
            __import__(modname, level=0)
            module = sys.modules[modname]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, modname)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, modname)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, modname, name))
        return modname, parent, module

    def _save_extension(self, modname, name):
        code = copyreg._extension_registry.get((modname, name))
        if not code:
            return False
        for highest, opcode, layout in _EXT_FORMS:
            if code <= highest or opcode is EXT4:
                self._write(opcode + pack(layout, code))
                return True

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        modname, parent, module = self._resolve_global(obj, name)
        if self.proto >= 2 and self._save_extension(modname, name):
            return
        attr = name.rpartition('.')[2]
        if parent is module:
            name = attr
        if self.proto >= 4:
            self.save(modname)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            # GLOBAL cannot name a nested attribute: getattr(parent, attr) instead.
            self.save_reduce(getattr, (parent, attr))
        elif self.proto >= 3:
            self._write(b'%s%s\n%s\n' % (GLOBAL, _utf8_encode(modname), _utf8_encode(name)))
        else:
            if self.fix_imports:
                modname, name = _py3_name(modname, name)
            try:
                line = b'%s%s\n%s\n' % (GLOBAL, modname.encode('ascii'), name.encode('ascii'))
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (modname, name, self.proto)) from None
            self._write(line)
        self.memoize(obj)

    def save_type(self, obj):
        if obj in _SINGLETON_TYPES:
            return self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
        return self.save_global(obj)

    _atoms = {type(None): save_none, bool: save_bool, int: save_long, float: save_float}
    _dispatch = {bytes: save_bytes, bytearray: save_bytearray, str: save_str, tuple: save_tuple,
                 list: save_list, dict: save_dict, set: save_set, frozenset: save_frozenset,
                 type: save_type, _FunctionType: save_global,
                 PickleBuffer: save_picklebuffer}


# ---- Unpickling ----

class _Input:
    """The bytes an Unpickler reads: a whole bytes-like object, or a file read through frames.
    As CPython's C unpickler, a file is read as far as each opcode needs: a frame whole, and
    an argument that runs past the frame's end from the file after it."""

    def __init__(self, data=None, file=None):
        self.data = data if data is not None else b''
        self.pos = 0
        self.file = file

    def read(self, n):
        pos = self.pos
        end = pos + n
        data = self.data
        if end <= len(data):
            self.pos = end
            return data[pos:end]
        if self.file is not None:
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
        if self.file is not None:
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
        # The frame joins what is still unread of the buffer.
        frame = self.file.read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle data was truncated")
        self.data = self.data[self.pos:] + frame
        self.pos = 0


def _py2_name(module, name):
    """Where a Python 2 global lives now (fix_imports, protocols 0-2)."""
    moved = _compat_pickle.NAME_MAPPING.get((module, name))
    if moved is not None:
        return moved
    return _compat_pickle.IMPORT_MAPPING.get(module, module), name


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
        if getattr(self, "_input", None) is None:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self.metastack = []
        self._use_stack([])
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
        self._use_stack(self.metastack.pop())
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
        if self.fix_imports and self.proto < 3:
            module, name = _py2_name(module, name)
        __import__(module, level=0)
        home = sys.modules[module]
        # Protocol 4 pickles may name nested attributes (a __qualname__); older ones may not.
        if self.proto >= 4:
            found, _ = _getattribute(home, name)
            return found
        try:
            return getattr(home, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, home)) from None

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
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes" % sys.maxsize)
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
        target = self._top()
        custom = getattr(target, "__setstate__", None)
        if custom is not None:
            return custom(state)
        # The default: state updates __dict__, or is a (dict state, slot state) pair.
        dict_state, slot_state = state, None
        if isinstance(state, tuple) and len(state) == 2:
            dict_state, slot_state = state
        if dict_state:
            if not isinstance(dict_state, dict):
                raise UnpicklingError("state is not a dictionary")
            namespace = target.__dict__
            for key, value in dict_state.items():
                namespace[sys.intern(key) if type(key) is str else key] = value
        if slot_state:
            if not isinstance(slot_state, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for attr, value in slot_state.items():
                setattr(target, attr, value)

    def load_mark(self):
        # The items since a MARK build on a fresh list; the outer one waits on metastack.
        self.metastack.append(self.stack)
        self._use_stack([])

    def _use_stack(self, stack):
        self.stack = stack
        self.append = stack.append

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


_OriginalPickler = Pickler
_OriginalUnpickler = Unpickler
from io import BytesIO as _BytesIO


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


# The native fast paths (src/modules/pickle/pickle_accel.cpp) for trees of the built-in data
# types; they decline everything else, and the code above handles it.
try:
    import _pickle_accel
except ImportError:
    _pickle_accel = None
_DECLINED = object()


def _native_dumps(obj, protocol):
    """The pickle the native pickler writes, or None when Pickler must write it."""
    if _pickle_accel is None or Pickler is not _OriginalPickler:
        return None
    proto = _checked_protocol(protocol)
    if proto < 2:
        return None
    return _pickle_accel.dumps(obj, proto)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    if buffer_callback is None and _pickle_accel is not None and Pickler is _OriginalPickler:
        write = getattr(file, "write", None)
        if write is not None:
            proto = _checked_protocol(protocol)
            # The pieces Pickler would give write(), one per committed frame.
            pieces = _pickle_accel.dumps(obj, proto, None, True) if proto >= 2 else None
            if pieces is not None:
                for piece in pieces:
                    write(piece)
                return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    if buffer_callback is None:
        data = _native_dumps(obj, protocol)
        if data is not None:
            return data
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    if (type(file) is _BytesIO and _pickle_accel is not None and Unpickler is _OriginalUnpickler
            and (buffers is None or type(buffers) is tuple)):
        start = file.tell()
        with file.getbuffer() as contents:
            loaded = _pickle_accel.load_at(contents, start, _DECLINED)
        if loaded is not _DECLINED:
            # The file is left where Unpickler leaves it: after STOP, or after its frame.
            file.seek(loaded[1])
            return loaded[0]
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if (_pickle_accel is not None and Unpickler is _OriginalUnpickler
            and (buffers is None or type(buffers) is tuple)):
        result = _pickle_accel.loads(data, _DECLINED)
        if result is not _DECLINED:
            return result
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
