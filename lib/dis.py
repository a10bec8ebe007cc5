# dis for pygen: disassembly of pygen's own bytecode, written from the CPython 3.11
# documentation of the dis module's interface.
#
# pygen compiles to its own instruction set (src/bytecode/opcodes.def): names follow CPython 3.11
# where an instruction exists there, but every instruction is one 32-bit word, so offsets count
# instructions rather than bytes, jump arguments are absolute instruction indexes, there are no
# CACHE entries or PRECALL, and the numeric opcodes are pygen's (not exposed: Instruction.opcode
# is None, and there is no opname/opmap table). The text comes from pygen._dis, the same
# listing as `pygen --dis`; this module turns it into Instruction records and lays them out
# as dis.dis does, following nested code objects.

import collections
import re
import sys
import types

import pygen

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "get_instructions",
           "show_code", "Instruction", "Bytecode"]

_Instruction = collections.namedtuple(
    "_Instruction", "opname opcode arg argval argrepr offset starts_line is_jump_target positions")


class Instruction(_Instruction):
    """One instruction: its name, argument (raw and resolved), offset (an instruction index in
    pygen), the source line it starts (or None) and whether a jump lands on it."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        parts = []
        if lineno_width:
            parts.append(('%*d' % (lineno_width, self.starts_line)) if self.starts_line
                         is not None else ' ' * lineno_width)
        parts.append('-->' if mark_as_current else '   ')
        parts.append('>>' if self.is_jump_target else '  ')
        parts.append(repr(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(20))
        if self.arg is not None:
            parts.append(repr(self.arg).rjust(5))
            if self.argrepr:
                parts.append('(' + self.argrepr + ')')
        return ' '.join(parts).rstrip()


_LINE = re.compile(r"^\s*(\d+)?\s+(\d+) (\S+)\s+(-?\d+)(?: \((.*)\))?\s*$")
_NAME_OPS = {"LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL", "STORE_GLOBAL",
             "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
             "IMPORT_NAME", "IMPORT_FROM"}


def _get_code_object(x):
    """The code object behind a function, method, class body, generator, string of source..."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attr in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    if isinstance(x, str):
        try:
            return compile(x, '<disassembly>', 'eval')
        except SyntaxError:
            return compile(x, '<disassembly>', 'exec')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """The Instructions of x's code (not of the code objects nested in it)."""
    code = _get_code_object(x)
    listing = pygen._dis(code).splitlines()
    rows = []
    for line in listing[1:]:
        m = _LINE.match(line)
        if m:
            rows.append(m.groups())
    targets = set()
    for _, _, _, _, argrepr in rows:
        if argrepr and argrepr.startswith('to '):
            targets.add(int(argrepr[3:]))
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    for lineno, offset, opname, arg, argrepr in rows:
        arg = int(arg)
        argval = arg
        if opname == 'LOAD_CONST' and 0 <= arg < len(code.co_consts):
            argval = code.co_consts[arg]
        elif opname in _NAME_OPS and 0 <= arg < len(code.co_names):
            argval = code.co_names[arg]
        elif argrepr and argrepr.startswith('to '):
            argval = int(argrepr[3:])
        elif argrepr is not None and opname.endswith(('_FAST', '_DEREF', '_CLOSURE')):
            argval = argrepr
        yield Instruction(opname, None, arg, argval, argrepr or '', int(offset),
                          int(lineno) + shift if lineno else None, int(offset) in targets, None)


def findlinestarts(code):
    """(offset, line number) of each instruction that starts a source line."""
    for ins in get_instructions(code):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


def _disassemble_recursive(code, file, depth, first_line=None, lasti=-1):
    _print_instructions(code, file, first_line, lasti)
    if depth is None or depth > 0:
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (const,), file=file)
                _disassemble_recursive(const, file, None if depth is None else depth - 1)


def _print_instructions(code, file, first_line=None, lasti=-1):
    instructions = list(get_instructions(code, first_line=first_line))
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    width = max(3, len(str(max(lines)))) if lines else 0
    offset_width = max(4, len(str(instructions[-1].offset))) if instructions else 4
    for ins in instructions:
        if ins.starts_line is not None and ins.offset > 0:
            print(file=file)
        print(ins._disassemble(width, ins.offset == lasti, offset_width), file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print one code object's instructions (lasti marks the current one with -->)."""
    _print_instructions(co, file, lasti=lasti)


disco = disassemble


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the instructions of x: a module, class, method, function, generator, coroutine,
    code object or string of source (nested code objects too); with no x, the last
    traceback's frame."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if isinstance(x, (types.ModuleType, type)):
        for name, value in sorted(vars(x).items()):
            if hasattr(value, '__func__'):
                value = value.__func__
            if isinstance(value, (types.FunctionType, types.CodeType, type, staticmethod,
                                  classmethod)) or hasattr(value, '__code__'):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
        return
    _disassemble_recursive(_get_code_object(x), file, depth)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback's innermost frame (default: the last one), marking where it
    stopped."""
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS",
                       16: "NESTED", 32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE",
                       256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    names = [COMPILER_FLAG_NAMES[bit] for bit in sorted(COMPILER_FLAG_NAMES) if flags & bit]
    rest = flags & ~sum(COMPILER_FLAG_NAMES)
    if rest or not names:
        names.append(hex(rest))
    return ", ".join(names)


def code_info(x):
    """A description of the code object behind x: names, counts, flags, constants, names."""
    co = _get_code_object(x)
    rows = ["Name:              %s" % co.co_name,
            "Filename:          %s" % co.co_filename,
            "Argument count:    %s" % co.co_argcount,
            "Positional-only arguments: %s" % co.co_posonlyargcount,
            "Kw-only arguments: %s" % co.co_kwonlyargcount,
            "Number of locals:  %s" % co.co_nlocals,
            "Stack size:        %s" % co.co_stacksize,
            "Flags:             %s" % pretty_flags(co.co_flags)]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            rows.append(title + ":")
            rows.extend("%4d: %s" % (i, show(item)) for i, item in enumerate(items))
    return "\n".join(rows)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode:
    """The instructions of a piece of code, iterable, with dis() and info() texts."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = _get_code_object(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self._shift = None if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj, first_line=self._shift)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        _print_instructions(self.codeobj, out, self._shift,
                            -1 if self.current_offset is None else self.current_offset)
        return out.getvalue()
