"""Typed arrays of numbers and characters, with CPython's array API, reprs and messages.

The items are kept as a Python list of already-checked values (ints range-checked for the C
type, floats rounded to float32 for 'f'); the bytes form (tobytes, frombytes, files) is made by
struct with the native sizes of x86-64. There is no buffer protocol yet, so memoryview(array) is
not available; bytes(array) works through __bytes__.
CPython counterpart: Modules/arraymodule.c (behaviour only).
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_INT_MIN, _INT_MAX = -2 ** 31, 2 ** 31 - 1
_ULONG_MAX = 2 ** 64 - 1


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return method(value)


def _bounded(v, lo, hi, name):
    if v > hi:
        raise OverflowError("%s is greater than maximum" % name)
    if v < lo:
        raise OverflowError("%s is less than minimum" % name)


def _check_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _check_unsigned_long(v, limit, name):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if limit is not None and v > limit:
        raise OverflowError("%s is greater than maximum" % name)


def _convert(typecode, value):
    """value checked and converted for storage, with CPython's exceptions."""
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if typecode in "fd":
        if not isinstance(value, (int, float)):
            try:
                value = type(value).__float__(value)
            except AttributeError:
                try:
                    value = float(_as_int(value))
                except TypeError:
                    raise TypeError("must be real number, not %s" % type(value).__name__) from None
        value = float(value)
        if typecode == "f":
            value = _struct.unpack("f", _struct.pack("f", value))[0]
        return value
    v = _as_int(value)
    if typecode == "b":
        _check_long(v)
        _bounded(v, -128, 127, "signed char")
    elif typecode == "B":
        _check_long(v)
        _bounded(v, 0, 255, "unsigned byte integer")
    elif typecode == "h":
        _check_long(v)
        _bounded(v, -32768, 32767, "signed short integer")
    elif typecode == "H":
        _check_long(v)
        _bounded(v, _INT_MIN, _INT_MAX, "signed integer")
        _bounded(v, 0, 65535, "unsigned short")
    elif typecode == "i":
        _check_long(v)
        _bounded(v, _INT_MIN, _INT_MAX, "signed integer")
    elif typecode == "I":
        _check_unsigned_long(v, 2 ** 32 - 1, "unsigned int")
    elif typecode == "l":
        _check_long(v)
    elif typecode == "L":
        _check_unsigned_long(v, None, None)
    elif typecode == "q":
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif typecode == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError("int too big to convert")
    return v


class array:
    """array(typecode[, initializer]): a compact sequence of one C type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == "u" and typecode != "u":
            raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
        elif isinstance(initializer, array) and initializer._typecode != typecode:
            # Another kind of array initializes item by item (extend() would refuse it).
            self.extend(list(initializer._items))
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    # ---- Sequence ----

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def _index(self, i):
        i = _as_int(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("array index out of range")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            result = array(self._typecode)
            result._items = self._items[key]
            return result
        try:
            return self._items[self._index(key)]
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[key] = list(value._items)
            return
        try:
            index = self._index(key)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        self._items[index] = _convert(self._typecode, value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        try:
            index = self._index(key)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        del self._items[index]

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __radd__(self, other):
        raise TypeError('can only append array (not "%s") to array' % type(other).__name__)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _as_int(n)
        result = array(self._typecode)
        result._items = self._items * n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_int(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __copy__(self):
        result = array(self._typecode)
        result._items = list(self._items)
        return result

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))

    def __bytes__(self):
        return self.tobytes()

    # ---- Methods ----

    def append(self, value):
        self._items.append(_convert(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        converted = [_convert(self._typecode, v) for v in iterable]
        self._items.extend(converted)

    def insert(self, i, value):
        i = _as_int(i)
        self._items.insert(i, _convert(self._typecode, value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(self._index(i))

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        items = self._items
        n = len(items)
        start = _as_int(start)
        stop = n if stop is None else _as_int(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            if items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def _format(self, n):
        code = "I" if self._typecode == "u" else self._typecode
        return "@%d%s" % (n, code)

    def tobytes(self):
        if self._typecode == "u":
            return _struct.pack(self._format(len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(self._format(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._format(len(data) // size), data)
        if self._typecode == "u":
            values = [chr(v) for v in values]
        self._items.extend(values)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        converted = [_convert(self._typecode, v) for v in values]
        self._items.extend(converted)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if not isinstance(text, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(text).__name__)
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _as_int(n)
        if n < 0:
            raise ValueError("negative count")
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % self.itemsize
        self.frombytes(data[:usable])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")


array.__module__ = "array"
ArrayType = array


import pygen as _pygen
_pygen._set_collection_flags(array, 1 << 5)   # a sequence for match statements, as CPython's
