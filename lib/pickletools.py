"""Reading pickles opcode by opcode: genops() walks a pickle, dis() prints a listing of it and
optimize() drops the PUT opcodes nothing GETs.

The opcode names and bytes come from the pickle module; this module adds how each opcode's
argument is encoded and the protocol that introduced it.
CPython counterpart: Lib/pickletools.py (behaviour only: no documentation tables).
"""

import codecs
import io
import pickle
import sys
from struct import unpack as _unpack

__all__ = ["dis", "genops", "optimize"]


# ---- Argument readers: each takes the stream and returns the decoded argument ----

def _need(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    return data


def _uint1(f):
    return _need(f, 1, "uint1")[0]


def _uint2(f):
    return _unpack("<H", _need(f, 2, "uint2"))[0]


def _int4(f):
    return _unpack("<i", _need(f, 4, "int4"))[0]


def _uint4(f):
    return _unpack("<I", _need(f, 4, "uint4"))[0]


def _uint8(f):
    return _unpack("<Q", _need(f, 8, "uint8"))[0]


def _line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    data = data[:-1]
    return data


def _stringnl(f):
    data = _line(f, "stringnl")
    quote = data[:1]
    if quote not in (b"'", b'"'):
        raise ValueError("no string quotes around %r" % data)
    if len(data) < 2 or data[-1:] != quote:
        # (sic: CPython's message has this spelling)
        raise ValueError("strinq quote %r not found at both ends of %r" % (quote, data))
    data = data[1:-1]
    return codecs.escape_decode(data)[0].decode("latin-1")


def _stringnl_noescape(f):
    return _line(f, "stringnl").decode("latin-1")


def _stringnl_noescape_pair(f):
    first = _stringnl_noescape(f)
    second = _stringnl_noescape(f)
    return "%s %s" % (first, second)


def _counted(size_reader, what, convert):
    def read(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) != n:
            raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
        return convert(data)
    return read


def _latin1(data):
    return data.decode("latin-1")


def _utf8(data):
    return str(data, "utf-8", "surrogatepass")


def _unicodestringnl(f):
    return str(_line(f, "unicodestringnl"), "raw-unicode-escape")


def _decimalnl_short(f):
    text = _line(f, "stringnl")
    if text == b"00":
        return False
    if text == b"01":
        return True
    return int(text)


def _decimalnl_long(f):
    text = _line(f, "stringnl")
    if text.endswith(b"L"):
        text = text[:-1]
    return int(text)


def _floatnl(f):
    return float(_line(f, "stringnl"))


def _float8(f):
    return _unpack(">d", _need(f, 8, "float8"))[0]


def _long(size_reader, what):
    def read(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        data = f.read(n)
        if len(data) != n:
            raise ValueError("not enough data in stream to read %s" % what)
        return int.from_bytes(data, "little", signed=True)
    return read


_READERS = {
    "uint1": _uint1, "uint2": _uint2, "int4": _int4, "uint4": _uint4, "uint8": _uint8,
    "stringnl": _stringnl, "stringnl_noescape": _stringnl_noescape,
    "stringnl_noescape_pair": _stringnl_noescape_pair,
    "string1": _counted(_uint1, "string1", _latin1), "string4": _counted(_int4, "string4", _latin1),
    "bytes1": _counted(_uint1, "bytes1", bytes), "bytes4": _counted(_uint4, "bytes4", bytes),
    "bytes8": _counted(_uint8, "bytes8", bytes), "bytearray8": _counted(_uint8, "bytearray8", bytearray),
    "unicodestringnl": _unicodestringnl,
    "unicodestring1": _counted(_uint1, "unicodestring1", _utf8),
    "unicodestring4": _counted(_uint4, "unicodestring4", _utf8),
    "unicodestring8": _counted(_uint8, "unicodestring8", _utf8),
    "decimalnl_short": _decimalnl_short, "decimalnl_long": _decimalnl_long,
    "floatnl": _floatnl, "float8": _float8,
    "long1": _long(_uint1, "long1"), "long4": _long(_int4, "long4"),
}


class ArgumentDescriptor:
    """How an opcode's argument is stored: its name and reader."""

    __slots__ = ("name", "reader")

    def __init__(self, name, reader):
        self.name = name
        self.reader = reader

    def __repr__(self):
        return self.name


class OpcodeInfo:
    """One opcode: its name, its one-character code, its argument (or None) and protocol."""

    __slots__ = ("name", "code", "arg", "proto")

    def __init__(self, name, code, arg, proto):
        self.name = name
        self.code = code
        self.arg = arg
        self.proto = proto

    def __repr__(self):
        return "<OpcodeInfo %s %r>" % (self.name, self.code)


# name: (argument kind, protocol). Opcodes without an argument have None.
_SPEC = {
    "MARK": (None, 0), "STOP": (None, 0), "POP": (None, 0), "POP_MARK": (None, 1), "DUP": (None, 0),
    "FLOAT": ("floatnl", 0), "INT": ("decimalnl_short", 0), "BININT": ("int4", 1),
    "BININT1": ("uint1", 1), "LONG": ("decimalnl_long", 0), "BININT2": ("uint2", 1),
    "NONE": (None, 0), "PERSID": ("stringnl_noescape", 0), "BINPERSID": (None, 1),
    "REDUCE": (None, 0), "STRING": ("stringnl", 0), "BINSTRING": ("string4", 1),
    "SHORT_BINSTRING": ("string1", 1), "UNICODE": ("unicodestringnl", 0),
    "BINUNICODE": ("unicodestring4", 1), "APPEND": (None, 0), "BUILD": (None, 0),
    "GLOBAL": ("stringnl_noescape_pair", 0), "DICT": (None, 0), "EMPTY_DICT": (None, 1),
    "APPENDS": (None, 1), "GET": ("decimalnl_short", 0), "BINGET": ("uint1", 1),
    "INST": ("stringnl_noescape_pair", 0), "LONG_BINGET": ("uint4", 1), "LIST": (None, 0),
    "EMPTY_LIST": (None, 1), "OBJ": (None, 1), "PUT": ("decimalnl_short", 0),
    "BINPUT": ("uint1", 1), "LONG_BINPUT": ("uint4", 1), "SETITEM": (None, 0), "TUPLE": (None, 0),
    "EMPTY_TUPLE": (None, 1), "SETITEMS": (None, 1), "BINFLOAT": ("float8", 1),
    "PROTO": ("uint1", 2), "NEWOBJ": (None, 2), "EXT1": ("uint1", 2), "EXT2": ("uint2", 2),
    "EXT4": ("int4", 2), "TUPLE1": (None, 2), "TUPLE2": (None, 2), "TUPLE3": (None, 2),
    "NEWTRUE": (None, 2), "NEWFALSE": (None, 2), "LONG1": ("long1", 2), "LONG4": ("long4", 2),
    "BINBYTES": ("bytes4", 3), "SHORT_BINBYTES": ("bytes1", 3),
    "SHORT_BINUNICODE": ("unicodestring1", 4), "BINUNICODE8": ("unicodestring8", 4),
    "BINBYTES8": ("bytes8", 4), "EMPTY_SET": (None, 4), "ADDITEMS": (None, 4),
    "FROZENSET": (None, 4), "NEWOBJ_EX": (None, 4), "STACK_GLOBAL": (None, 4),
    "MEMOIZE": (None, 4), "FRAME": ("uint8", 4), "BYTEARRAY8": ("bytearray8", 5),
    "NEXT_BUFFER": (None, 5), "READONLY_BUFFER": (None, 5),
}

opcodes = []
for _name, (_kind, _proto) in _SPEC.items():
    _arg = None if _kind is None else ArgumentDescriptor(_kind, _READERS[_kind])
    opcodes.append(OpcodeInfo(_name, getattr(pickle, _name).decode("latin-1"), _arg, _proto))
_by_code = {op.code: op for op in opcodes}
del _name, _kind, _proto, _arg

# Opcodes that take everything back to the last MARK.
_MARK_CONSUMERS = frozenset(["POP_MARK", "DICT", "APPENDS", "INST", "LIST", "OBJ", "TUPLE",
                             "SETITEMS", "ADDITEMS", "FROZENSET"])


def _genops(data, yield_end_pos=False):
    if isinstance(data, (bytes, bytearray)):
        data = io.BytesIO(data)
    tell = getattr(data, "tell", None)
    while True:
        pos = tell() if tell is not None else None
        code = data.read(1)
        op = _by_code.get(code.decode("latin-1"))
        if op is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % ("<unknown>" if pos is None else pos, code))
        arg = None if op.arg is None else op.arg.reader(data)
        if yield_end_pos:
            yield op, arg, pos, (tell() if tell is not None else None)
        else:
            yield op, arg, pos
        if code == b".":
            break


def genops(pickle):
    """Yields (opcode info, argument or None, position or None) for each opcode of a pickle
    (bytes, bytearray or a readable binary file), up to and including STOP."""
    return _genops(pickle)


def optimize(p):
    """The pickle p without PUT/BINPUT/LONG_BINPUT opcodes whose memo entries are never read,
    and without its framing (frames are rebuilt for protocol 4 and above)."""
    ops = list(_genops(p, yield_end_pos=True))
    used = set()
    for op, arg, _, _ in ops:
        if op.name in ("GET", "BINGET", "LONG_BINGET"):
            used.add(arg)
    proto = 0
    kept = []
    # MEMOIZE numbers its entries in order: renumbering them when some go is not worth it, so a
    # pickle with MEMOIZE keeps its memo operations.
    memoize = any(op.name == "MEMOIZE" for op, _, _, _ in ops)
    for op, arg, start, end in ops:
        if op.name == "PROTO":
            proto = arg
        if op.name == "FRAME":
            continue
        if op.name in ("PUT", "BINPUT", "LONG_BINPUT") and arg not in used and not memoize:
            continue
        kept.append(p[start:end])
    body = b"".join(kept)
    if proto >= 4 and body[:1] == pickle.PROTO:
        head, rest = body[:2], body[2:]
        if len(rest) >= 4:
            rest = pickle.FRAME + len(rest).to_bytes(8, "little") + rest
        return head + rest
    return body


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Prints a listing of a pickle's opcodes and arguments to out (default sys.stdout)."""
    if out is None:
        out = sys.stdout
    stack_marks = []
    memo_keys = {} if memo is None else memo
    highest = 0
    errormsg = None
    for op, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        code_text = repr(op.code)[1:-1]
        line = "%-4s %s%s" % (code_text, " " * indentlevel * len(stack_marks), op.name)
        highest = max(highest, op.proto)
        note = ""
        if op.name in _MARK_CONSUMERS:
            if stack_marks:
                mark_pos = stack_marks.pop()
                note = "(MARK at %s)" % ("unknown" if mark_pos is None else mark_pos)
            else:
                errormsg = note = "no MARK exists on stack"
        if op.name == "MARK":
            stack_marks.append(pos)
        elif op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo_keys[arg] = None
        elif op.name == "MEMOIZE":
            index = len(memo_keys)
            note = "(as %d)" % index
            memo_keys[index] = None
        if arg is not None or note:
            line += " " * (10 - len(op.name))
            if arg is not None:
                line += " " + repr(arg)
            if note:
                line += " " + note
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
    if stack_marks:
        raise ValueError("stack not empty after STOP: %r" % stack_marks)
    print("highest protocol among opcodes =", highest, file=out)
