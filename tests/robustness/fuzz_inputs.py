#!/usr/bin/env python3
"""Robustness driver: feeds pygen malformed and extreme programs and checks that it never crashes.

  fuzz_inputs.py --interp build/pygen [DIR...]        run every input (DIRs: conformance folders
                                                      whose cases are truncated and mutated)
  fuzz_inputs.py --interp build/pygen --only NAME     run the inputs whose name contains NAME
  fuzz_inputs.py --interp build/pygen --list          list the inputs without running them
  fuzz_inputs.py --interp python3 DIR...              check the inputs themselves against CPython

Every run must end within its time limit with exit status 0 or 1 (never a signal, an abort or
another status), and a run that ends with status 1 must end its standard error with a Python
exception line ("SomethingError: text", "Something: text" or a bare exception name). Inputs made
from real programs (truncated, mutated, token soup) may legitimately loop, exit with another
status or end in a message of their own; for those a surprising result is compared with python3,
and the run passes when python3 does the same thing. Crashes (signals, 134, 139) never pass.

--known-failures FILE names inputs that fail today (one name a line, '#' starts the reason): such
an input that fails counts as skipped (it runs with a short time limit), one that passes fails the
run until it is taken off the list, so the list only shrinks.

Each failing input is written to --save-dir (default: ./robustness-failures) so it can be rerun
with `pygen FILE`. The closing line is 'robustness: N passed, M failed, K skipped'; the exit status is 1
when any input failed. Inputs are generated from a fixed seed, so a run is reproducible.
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The last stderr line of a run ending in an uncaught exception: a (dotted) exception name, then
# optionally ": message". CPython prints exactly this shape.
EXC_LINE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(: .*)?$")
# Under ASan a huge malloc must fail (MemoryError) as it does in a normal build, not abort; leak
# reports are for the conformance runs, not for programs killed half-way.
CHILD_ENV = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS",
                                                         "allocator_may_return_null=1:detect_leaks=0"))
KNOWN_TIMEOUT = 3.0           # seconds, for inputs on the known-failures list
MEMORY_LIMIT_BYTES = 2 << 30   # address space per run: runaway allocations end in MemoryError


# Inputs on which CPython 3.11 itself dies of a C stack overflow (SIGSEGV): deep recursion through
# generator resumption, nested iterator chains, a 100,000-long __cause__ chain. pygen runs programs
# on a large stack and promises a RecursionError instead, so they stay; a failure says so.
BEYOND_CPYTHON = {"recursion_generator", "recursion_generator_next", "recursion_coroutine",
                  "nested_exception_cause", "nested_genexp_chain", "nested_map_chain",
                  "gen_yield_from_chain", "gen_yield_from_chain_deep_limit"}


class Input:
    """One program to run. `oracle`: compare a surprising result with python3 (see above)."""

    def __init__(self, name, source, timeout=10.0, oracle=False, hungry=False):
        self.name = name
        self.hungry = hungry   # ends only by running out of the address-space limit
        self.source = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
        self.timeout = timeout
        self.oracle = oracle


# ---- Extreme programs, written out ----

N = 100_000


def extreme_inputs():
    out = []

    def add(name, source, timeout=15.0, hungry=False):
        out.append(Input(name, source, timeout, hungry=hungry))

    # Deep nesting in the parser and compiler.
    add("deep_parens_open", "(" * N)
    add("deep_parens_balanced", "(" * N + ")" * N)
    add("deep_parens_expr", "x = " + "(" * N + "1" + ")" * N + "\nprint(x)\n")
    add("deep_brackets_open", "[" * N)
    add("deep_list_display", "x = " + "[" * N + "]" * N + "\nprint(len(x))\n")
    add("deep_braces", "{" * N + "}" * N)
    add("deep_dict_display", "x = " + "{1: " * N + "1" + "}" * N + "\n")
    add("deep_mixed_open", "([{" * (N // 3))
    add("deep_closers", ")]}" * (N // 3))
    add("deep_unary_minus", "-" * N + "1\n")
    add("deep_unary_minus_print", "print(" + "-" * N + "1)\n")
    add("deep_unary_not", "not " * N + "True\n")
    add("deep_unary_invert", "~" * N + "1\n")
    add("deep_power", "2**" * N + "1\n")
    add("deep_binop_chain", "x = " + "1+" * N + "1\nprint(x)\n")
    add("deep_compare_chain", "x = " + "1<" * N + "2\nprint(x)\n")
    add("deep_bool_chain", "x = " + "True and " * N + "True\nprint(x)\n")
    add("deep_attr_chain", "x" + ".a" * N + "\n")
    add("deep_subscript_chain", "x" + "[0]" * N + "\n")
    add("deep_call_chain", "f" + "()" * N + "\n")
    add("deep_lambda", "lambda: " * N + "1\n")
    add("deep_ternary", "x = " + "1 if 1 else " * N + "1\nprint(x)\n")
    add("deep_await", "async def f():\n    " + "await " * N + "x\n")
    add("deep_yield", "def g():\n    x = " + "(yield " * N + ")" * N + "\n")
    add("deep_starred", "x = " + "[*" * N + "[]" + "]" * N + "\n")
    add("deep_fstring", "x = " + "f'{" * 1000 + "1" + "}'" * 1000 + "\n")
    add("deep_genexp", "x = " + "(" * 10000 + "1" + " for _ in [0])" * 10000 + "\nprint(x)\n")
    add("deep_listcomp", "x = " + "[" * 10000 + "1" + " for _ in [0]]" * 10000 + "\nprint(x)\n")
    add("deep_indent_if", "".join(" " * i + "if 1:\n" for i in range(1000)) + " " * 1000 + "pass\n")
    add("deep_indent_def", "".join(" " * i + "def f():\n" for i in range(1000)) + " " * 1000 + "pass\n")
    add("deep_elif_chain", "x = 0\nif x:\n    pass\n" + "elif x:\n    pass\n" * N + "print('ok')\n")
    add("deep_string_concat", "x = " + "'a' " * N + "\nprint(len(x))\n")
    add("deep_decorators", "@d\n" * N + "def f(): pass\n")
    add("deep_with_items", "with " + ", ".join(["a"] * N) + ": pass\n")
    add("deep_nested_functions", "".join("    " * i + "def f%d():\n" % i for i in range(200))
        + "    " * 200 + "return 1\nprint('ok')\n")

    # Wide programs: many statements, names, constants, arguments; jumps over huge bodies.
    add("many_statements", "x = 1\n" * 100_000 + "print(x)\n")
    add("many_locals", "def f():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(70_000))
        + "    return v69999 + v0\nprint(f())\n")
    add("many_constants", "x = [" + ", ".join("'s%d'" % i for i in range(70_000)) + "]\nprint(len(x))\n")
    add("many_call_args", "print(len([" + "1," * N + "]))\nprint(max(" + "1," * N + "))\n")
    add("many_parameters", "def f(" + ", ".join("a%d" % i for i in range(10_000)) + "): return a9999\n"
        "print(f(*range(10000)))\n")
    add("many_dict_keys", "d = {" + ", ".join("%d: %d" % (i, i) for i in range(N)) + "}\nprint(len(d))\n")
    add("huge_if_body", "x = 0\nif x == 0:\n" + "    x += 1\n" * 100_000 + "print(x)\n")
    add("huge_loop_body", "i = 0\nwhile i < 2:\n    i += 1\n" + "    y = i\n" * 100_000 + "print(i)\n")
    add("huge_try_body", "try:\n" + "    x = 1\n" * 100_000 + "    1/0\nexcept ZeroDivisionError as e:\n"
        "    print(e)\n")

    # Huge literals.
    add("huge_int_decimal", "x = " + "9" * 200_000 + "\nprint(x % 1000)\n")
    add("huge_int_hex", "x = 0x" + "f" * 200_000 + "\nprint(x.bit_length())\n")
    add("huge_int_binary", "x = 0b" + "1" * 200_000 + "\nprint(x.bit_length())\n")
    add("huge_int_arith", "x = 7 ** 200_000\nprint(x.bit_length(), x % 1000003, (x // 3) % 7)\n")
    add("huge_int_to_str", "import sys\nsys.set_int_max_str_digits(0)\nx = 10 ** 200_000\n"
        "print(len(str(x)))\nprint(len(repr(-x)))\nprint(int(str(x)) == x)\n")
    add("huge_int_str_limit", "x = 10 ** 200_000\nprint(len(str(x)))\n")
    add("huge_int_parse_limit", "x = int('9' * 200_000)\n")
    add("huge_float_literal", "x = " + "9" * 200_000 + ".5\nprint(x)\n")
    add("huge_float_exponent", "print(1e" + "9" * 10_000 + ", 1e-" + "9" * 10_000 + ")\n")
    add("huge_shift", "x = 1 << (1 << 62)\n")
    add("huge_shift_right", "print(1 >> (1 << 62), -1 >> (1 << 200))\n")
    add("huge_str_literal", "x = '" + "a" * 10_000_000 + "'\nprint(len(x))\n")
    add("huge_bytes_literal", "x = b'" + "a" * 10_000_000 + "'\nprint(len(x))\n")
    add("huge_triple_quoted", "x = '''" + "ab\n" * 3_333_333 + "'''\nprint(len(x))\n")
    add("huge_unterminated_str", "'" + "a" * 10_000_000)
    add("huge_unterminated_triple", "'''" + "a\n" * 3_000_000)
    add("huge_comment", "#" + "x" * 10_000_000 + "\nprint(1)\n")
    add("huge_name", "a" * 1_000_000 + " = 1\nprint(1)\n")
    add("huge_escapes", "x = '" + "\\n" * 1_000_000 + "'\nprint(len(x))\n")
    add("huge_unicode_literal", "x = '" + "\u00e9\u4e2d\U0001f600" * 300_000 + "'\nprint(len(x))\n")
    add("huge_fstring", "x = 1\ny = f'" + "{x}" * 10_000 + "'\nprint(len(y))\n")
    add("huge_repeat_overflow", "x = 'ab' * (1 << 62)\n")
    add("huge_repeat_memory", "x = 'a' * (1 << 62)\n")
    add("huge_list_repeat", "x = [0] * (1 << 62)\n")
    add("huge_tuple_repeat", "x = (0,) * (1 << 62)\n")
    add("huge_bytes_ctor", "x = bytes(1 << 62)\n")
    add("huge_range_len", "print(len(range(1 << 100)))\n")
    add("huge_str_join", "x = ''.join(['abc'] * 3_000_000)\nprint(len(x))\n")
    add("huge_format_width", "x = format(1, '9999999999999999999')\n")
    add("huge_percent_width", "x = '%9999999999999999999d' % 1\n")
    add("huge_ljust", "x = 'a'.ljust(1 << 62)\n", timeout=5)
    add("huge_rjust", "x = 'a'.rjust(1 << 62)\n", timeout=5)
    add("huge_center", "x = 'a'.center(1 << 62)\n", timeout=5)
    add("huge_zfill", "x = 'a'.zfill(1 << 62)\n", timeout=5)
    add("huge_expandtabs", "x = '\\t'.expandtabs(1 << 40)\n", timeout=5)
    add("huge_bytes_repeat", "x = b'a' * (1 << 62)\n", timeout=5)
    add("huge_bytearray_ctor", "x = bytearray(1 << 62)\n", timeout=5)
    add("huge_format_pad", "x = '{:>9999999999999}'.format(1)\n", timeout=5)
    add("huge_percent_pad", "x = '%9999999999d' % 1\n", timeout=5)
    add("huge_list_from_range", "x = list(range(1 << 62))\n", timeout=5, hungry=True)
    # The hex digits of a 256 MB int do not fit under the limit: int.__format__ fails with a
    # std::bad_alloc, which must leave no reference behind (the bound __format__ held x; exit 3).
    add("huge_format_no_leak", "import sys\nx = 1 << (1 << 31)\nn = sys.getrefcount(x)\ntry:\n"
        "    s = f'{x:x}'\nexcept MemoryError:\n    pass\nif sys.getrefcount(x) != n:\n    sys.exit(3)\n",
        timeout=60, hungry=True)
    add("huge_int_to_bytes", "x = (1).to_bytes(1 << 62, 'big')\n", timeout=5)
    add("huge_int_to_bytes_memory", "x = (1).to_bytes(1 << 40, 'big')\n", timeout=5)
    add("huge_shift_memory", "x = 1 << (1 << 40)\n", timeout=5)

    # Bad source bytes.
    add("null_byte", b"print(1)\x00print(2)\n")
    add("invalid_utf8", b"print('\xff\xfe')\n")
    add("invalid_utf8_name", b"\xc3(x) = 1\n")
    add("bom_then_code", b"\xef\xbb\xbfprint('bom')\n")
    add("bogus_coding_cookie", "# -*- coding: bogus -*-\nprint(1)\n")
    add("lone_surrogate_print", "print('\\ud800')\n")
    add("tabs_and_spaces", "if 1:\n\tx = 1\n        y = 2\n")
    add("form_feeds", "\x0c\x0cif 1:\n\x0c    print(1)\n")
    add("only_backslash", "\\")
    add("cr_only_newlines", "x = 1\ry = 2\rprint(x + y)\r")
    add("empty_file", "")

    # Deep recursion, in Python and through built-ins and special methods.
    big = "import sys\nsys.setrecursionlimit(10 ** 6)\n"
    mid = "import sys\nsys.setrecursionlimit(10 ** 5)\n"
    add("recursion_default", "def f(): f()\nf()\n")
    add("recursion_limit_1e6", big + "def f(): f()\nf()\n", timeout=30)
    add("recursion_caught", mid + "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
        "    print('caught')\nprint('after')\n", timeout=30)
    add("recursion_lambda", mid + "f = lambda: f()\nf()\n", timeout=30)
    add("recursion_generator", mid + "def g(): yield from g()\nnext(g())\n", timeout=30)
    add("recursion_generator_next", mid + "def g(): yield next(g())\nnext(g())\n", timeout=30)
    add("recursion_coroutine", mid + "async def f(): await f()\nf().send(None)\n", timeout=30)
    add("recursion_repr", "class A:\n    def __repr__(self): return repr(self)\nrepr(A())\n")
    add("recursion_str", "class A:\n    def __str__(self): return str(self)\nprint(A())\n")
    add("recursion_getattr", "class A:\n    def __getattr__(self, n): return getattr(self, n)\nA().x\n")
    add("recursion_getattribute", "class A:\n    def __getattribute__(self, n): return self.x\nA().y\n")
    add("recursion_eq", "class A:\n    def __eq__(self, o): return self == o\nA() == A()\n")
    add("recursion_hash", "class A:\n    def __hash__(self): return hash(self)\n{A()}\n")
    add("recursion_len", "class A:\n    def __len__(self): return len(self)\nlen(A())\n")
    add("recursion_iter", "class A:\n    def __iter__(self): return iter(self)\nlist(A())\n")
    add("recursion_call", "class A:\n    def __call__(self): return self()\nA()()\n")
    add("recursion_init", "class A:\n    def __init__(self): A()\nA()\n")
    add("recursion_format", "class A:\n    def __format__(self, s): return format(self, s)\nf'{A()}'\n")
    add("recursion_bool", "class A:\n    def __bool__(self): return bool(self)\nif A(): pass\n")
    add("recursion_index", "class A:\n    def __index__(self): return [0][self]\n[0][A()]\n")
    add("recursion_add", "class A:\n    def __add__(self, o): return self + o\nA() + 1\n")
    add("recursion_through_map", "def f(x): return list(map(f, [x]))\nf(1)\n")
    add("recursion_through_sorted", "def f(x): return sorted([1, 2], key=f)\nf(1)\n")
    add("recursion_through_max", "def f(x): return max([1], key=f)\nf(1)\n")
    add("recursion_through_exec", "s = 'exec(s)'\nexec(s)\n")
    add("recursion_through_eval", "s = 'eval(s)'\neval(s)\n")
    add("recursion_mutual", "def a(): b()\ndef b(): a()\na()\n")
    add("recursion_in_except", "def f():\n    try:\n        1/0\n    except ZeroDivisionError:\n        f()\n"
        "try:\n    f()\nexcept RecursionError:\n    print('caught')\n")
    add("recursion_in_finally", "def f():\n    try:\n        pass\n    finally:\n        f()\nf()\n")
    add("recursion_class_body", "def f():\n    class A:\n        f()\nf()\n")
    add("recursion_with", "class C:\n    def __enter__(self):\n        with C(): pass\n"
        "    def __exit__(self, *a): pass\nwith C(): pass\n")

    # Deeply nested data: repr, str, comparison, hashing, deallocation.
    add("nested_list_repr", "l = []\nfor i in range(N): l = [l]\nprint(repr(l)[:10])\n".replace("N", str(N)))
    add("nested_list_str", "l = []\nfor i in range(N): l = [l]\nprint(str(l)[:10])\n".replace("N", str(N)))
    add("nested_tuple_repr", "t = ()\nfor i in range(N): t = (t,)\nprint(repr(t)[:10])\n".replace("N", str(N)))
    add("nested_dict_repr", "d = {}\nfor i in range(N): d = {'k': d}\nprint(repr(d)[:10])\n".replace("N", str(N)))
    add("nested_frozenset_repr", "s = frozenset()\nfor i in range(N): s = frozenset([s])\n"
        "print(repr(s)[:10])\n".replace("N", str(N)))
    add("nested_list_eq", "a = []\nb = []\nfor i in range(N):\n    a = [a]\n    b = [b]\n"
        "print(a == b)\n".replace("N", str(N)))
    add("nested_tuple_hash", "t = ()\nfor i in range(N): t = (t,)\nprint(hash(t) == hash(t))\n".replace("N", str(N)))
    add("nested_list_dealloc", "l = []\nfor i in range(1_000_000): l = [l]\ndel l\nprint('ok')\n", timeout=30)
    add("nested_dict_dealloc", "d = {}\nfor i in range(500_000): d = {'k': d}\ndel d\nprint('ok')\n", timeout=30)
    add("nested_tuple_dealloc", "t = ()\nfor i in range(1_000_000): t = (t,)\ndel t\nprint('ok')\n", timeout=30)
    add("nested_list_at_exit", "l = []\nfor i in range(1_000_000): l = [l]\nprint('ok')\n", timeout=30)
    add("nested_object_dealloc", "class A: pass\nx = None\nfor i in range(300_000):\n    a = A()\n"
        "    a.next = x\n    x = a\ndel a, x\nprint('ok')\n", timeout=30)
    add("nested_exception_context", "e = None\nfor i in range(N):\n    try:\n        try:\n            raise e or ValueError(0)\n"
        "        except BaseException:\n            raise KeyError(i)\n    except KeyError as k:\n        e = k\n"
        "print('built')\nraise e\n".replace("N", "20000"))
    add("nested_exception_cause", "e = ValueError(0)\nfor i in range(N):\n    n = KeyError(i)\n    n.__cause__ = e\n"
        "    e = n\nraise e\n".replace("N", str(N)))
    add("self_ref_list_repr", "l = []\nl.append(l)\nprint(l)\nd = {}\nd[1] = d\nprint(d)\n")
    add("nested_genexp_chain", "g = iter([1])\nfor i in range(N): g = (x for x in g)\nprint(list(g))\n".replace("N", str(N)))
    add("nested_map_chain", "g = iter([1])\nfor i in range(N): g = map(abs, g)\nprint(list(g))\n".replace("N", str(N)))
    add("nested_zip_chain", "g = iter([1])\nfor i in range(N): g = zip(g)\nprint(len(list(g)))\n".replace("N", str(N)))

    # Memory exhausted by small objects: then even the MemoryError itself cannot be allocated
    # (issue #9 item 7: it must come from a reserve, not recurse until the stack overflows).
    add("memory_exhausted_small_objects", "x = []\ndef fill(n):\n    try:\n        while True:\n"
        "            x.append(str(n) * 10)\n            n += 1\n    except MemoryError as e:\n        return e\n"
        "for i in range(3):\n    e = fill(0)\n    del x[len(x) // 2:]\nprint(type(e).__name__)\n",
        timeout=60, hungry=True)
    add("memory_exhausted_in_generator", "def g():\n    x = []\n    while True:\n        x.append([0] * 8)\n"
        "        yield len(x)\nfor n in g(): pass\n", timeout=60, hungry=True)

    # Runaway and abused generators.
    add("gen_doubling_until_memory_error", "def g():\n    s = 'a'\n    while True:\n        s += s\n        yield s\n"
        "for x in g(): pass\n", timeout=30, hungry=True)
    add("gen_yield_from_chain", "def wrap(g): return (yield from g)\ng = iter([1])\nfor i in range(N): g = wrap(g)\n"
        "print(next(g))\n".replace("N", str(N)))
    add("gen_yield_from_chain_deep_limit", mid + "def wrap(g): return (yield from g)\ng = iter([1])\n"
        "for i in range(N): g = wrap(g)\nprint(next(g))\n".replace("N", str(N)), timeout=30)
    add("gen_already_executing", "def g():\n    yield next(it)\nit = g()\nnext(it)\n")
    add("gen_send_to_self", "def g():\n    x = yield\n    it.send(1)\nit = g()\nnext(it)\nit.send(2)\n")
    add("gen_close_self", "def g():\n    yield it.close()\nit = g()\nnext(it)\n")
    add("gen_throw_self", "def g():\n    yield it.throw(ValueError)\nit = g()\nnext(it)\n")
    add("gen_ignores_exit", "def g():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n"
        "            pass\nit = g()\nnext(it)\nit.close()\n")
    add("gen_ignores_exit_at_shutdown", "def g():\n    while True:\n        try:\n            yield 1\n"
        "        except GeneratorExit:\n            pass\nl = []\nfor i in range(1000):\n    it = g()\n    next(it)\n"
        "    l.append(it)\nprint('ok')\n")
    add("gen_finally_raises_at_shutdown", "def g():\n    try:\n        yield 1\n    finally:\n        1/0\nl = []\n"
        "for i in range(1000):\n    it = g()\n    next(it)\n    l.append(it)\nprint('ok')\n")
    add("gen_many_suspended", "def g():\n    try:\n        yield 1\n    finally:\n        pass\nl = []\n"
        "for i in range(200_000):\n    x = g()\n    next(x)\n    l.append(x)\nprint(len(l))\n", timeout=30)
    add("gen_self_cycle", "def g():\n    me = yield\n    yield me\nfor i in range(100_000):\n    it = g()\n    next(it)\n"
        "    it.send(it)\nprint('ok')\n", timeout=30)
    add("gen_throw_loop", "def g():\n    while True:\n        try:\n            yield 1\n        except ValueError:\n"
        "            pass\nit = g()\nnext(it)\nfor i in range(200_000): it.throw(ValueError)\nprint('ok')\n", timeout=30)
    add("gen_send_many", "def g():\n    t = 0\n    while True:\n        t += yield t\nit = g()\nnext(it)\n"
        "for i in range(1_000_000): it.send(i)\nprint(it.send(0))\n", timeout=30)
    add("gen_resume_finished", "def g():\n    yield 1\nit = g()\nlist(it)\nfor i in range(1000): next(it, None)\n"
        "it.send(None)\n")
    add("gen_raise_stopiteration", "def g():\n    raise StopIteration\n    yield\nnext(g())\n")
    add("gen_frame_locals_after_close", "def g():\n    x = 1\n    yield\nit = g()\nnext(it)\nf = it.gi_frame\n"
        "it.close()\nprint(it.gi_frame, f.f_locals)\n")
    add("gen_infinite_zip", "def g():\n    while True:\n        yield 1\nprint(sum(x for x, _ in zip(g(), range(10 ** 6))))\n",
        timeout=30)
    add("coro_never_awaited_many", "async def f(): pass\nfor i in range(10_000): f()\nprint('ok')\n")
    add("coro_reuse", "async def f(): pass\nc = f()\ntry:\n    c.send(None)\nexcept StopIteration:\n    pass\n"
        "c.send(None)\n")
    add("coro_await_self", "async def f():\n    await c\nc = f()\nc.send(None)\n")
    add("asyncgen_runaway", "async def ag():\n    while True:\n        yield 1\nasync def main():\n    n = 0\n"
        "    async for x in ag():\n        n += x\n        if n == 100000: break\n    print(n)\n"
        "import asyncio\nasyncio.run(main())\n", timeout=30)
    add("asyncgen_ignores_exit", "async def ag():\n    while True:\n        try:\n            yield 1\n"
        "        except GeneratorExit:\n            pass\nasync def main():\n    a = ag()\n    await a.__anext__()\n"
        "    await a.aclose()\nimport asyncio\nasyncio.run(main())\n")
    add("asyncgen_many_abandoned", "async def ag():\n    try:\n        yield 1\n    finally:\n        pass\n"
        "async def main():\n    l = []\n    for i in range(10000):\n        a = ag()\n        await a.__anext__()\n"
        "        l.append(a)\n    print(len(l))\nimport asyncio\nasyncio.run(main())\n", timeout=30)
    # Rounding to a huge negative number of digits: 0 at once (GMP aborted on 10**(2**40), and
    # round(1, -(1 << 62)) crashed; CPython returns 0 after building 10**k, or never).
    add("round_int_huge_ndigits", "print(round(12345, -(1 << 62)), round(-7, -(1 << 40)),"
        " (12345).__round__(-(1 << 70)), round(10 ** 30, -(1 << 31)))\n")
    return out


# ---- Inputs derived from real programs ----

TOKENS = ("False None True and as assert async await break class continue def del elif else except "
          "finally for from global if import in is lambda nonlocal not or pass raise return try while with "
          "yield match case _ print len range x y z self f g it").split() + [
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=", ">=",
    "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "+=", "-=", "*=", "/=",
    "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<=", "...", "\\\n", "\n", "\n    ", "\n        ",
    "\t", "#c\n", "0", "1", "0x", "0b2", "09", "1_000", "1__0", "1e", "1e5", "1.5j", "0o7", ".5", "1.",
    "'a'", '"b"', "'''c'''", "f'{x}'", "f'{", "f'{x!r:>{y}}'", "rb'\\x00'", "b'\\xff'", "'\\N{BULLET}'",
    "'\\u12'", "'", '"', "u'x'", "\u00e9", "\u4e2d", "$", "?", "!", "`", "\x00", "\x0c",
]


def token_soup(rng, count):
    out = []
    for i in range(count):
        words = [rng.choice(TOKENS) for _ in range(rng.randint(1, 60))]
        out.append(Input("soup_%03d" % i, " ".join(words) + rng.choice(["", "\n"]), timeout=5.0, oracle=True))
    return out


def random_bytes(rng, count):
    return [Input("bytes_%03d" % i, bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000))), timeout=5.0)
            for i in range(count)]


def conformance_cases(dirs):
    for d in dirs:
        for root, _, files in sorted(os.walk(d)):
            for f in sorted(files):
                if f.endswith(".py"):
                    yield os.path.join(root, f)


def derived_inputs(seed, dirs, mutants_per_case, skip=()):
    out = []
    for path in conformance_cases(dirs):
        if any(path.replace(os.sep, "/").endswith("/" + k) for k in skip):
            continue
        with open(path, "rb") as fh:
            src = fh.read()
        tag = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))[:-3].replace(os.sep, "/")
        if not src:
            continue
        # One generator per case, seeded by its name: adding a case leaves the others' inputs alone.
        rng = random.Random("%d:%s" % (seed, tag))
        # Truncations: at a random byte (often mid-token), and after a random line (mid-block).
        cut = rng.randrange(len(src))
        out.append(Input("truncated_byte:%s@%d" % (tag, cut), src[:cut], oracle=True))
        lines = src.splitlines(keepends=True)
        cut_line = rng.randrange(len(lines))
        out.append(Input("truncated_line:%s@%d" % (tag, cut_line), b"".join(lines[:cut_line]), oracle=True))
        # Mutations: delete a span, duplicate a line, insert a token.
        for m in range(mutants_per_case):
            kind = rng.choice(("delete", "duplicate", "insert"))
            if kind == "delete":
                a = rng.randrange(len(src))
                b = min(len(src), a + rng.randint(1, 20))
                mutant = src[:a] + src[b:]
            elif kind == "duplicate":
                i = rng.randrange(len(lines))
                mutant = b"".join(lines[:i + 1] + [lines[i]] + lines[i + 1:])
            else:
                a = rng.randrange(len(src) + 1)
                mutant = src[:a] + rng.choice(TOKENS).encode() + src[a:]
            out.append(Input("mutated_%s:%s#%d" % (kind, tag, m), mutant, oracle=True))
    return out


# ---- Running ----

def limited(cmd, memory_limit):
    """cmd run under `ulimit` (no preexec_fn: the runs start from several threads)."""
    limits = "ulimit -c 0; " + ("ulimit -v %d; " % (memory_limit // 1024) if memory_limit else "")
    return ["/bin/sh", "-c", limits + 'exec "$@"', "sh"] + cmd


def run_one(cmd, inp, workdir, memory_limit, timeout=None):
    """(status or 'timeout', stdout, stderr, seconds). The program runs in a scratch folder."""
    case_dir = tempfile.mkdtemp(dir=workdir)
    path = os.path.join(case_dir, "case.py")
    with open(path, "wb") as fh:
        fh.write(inp.source)
    start = time.monotonic()
    proc = subprocess.Popen(limited(cmd + ["case.py"], memory_limit), cwd=case_dir, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=CHILD_ENV)
    try:
        out, err = proc.communicate(timeout=timeout or inp.timeout)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        status = "timeout"
    shutil.rmtree(case_dir, ignore_errors=True)
    return status, out, err, time.monotonic() - start


def last_line(b):
    lines = [l for l in b.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


SANITIZER_REPORT = re.compile(rb"ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error: |"
                              rb"UndefinedBehaviorSanitizer")


def problem_of(status, err, timeout):
    """None when the run ended well, else what went wrong, and whether it is a crash."""
    m = SANITIZER_REPORT.search(err)
    if m:
        line = err[m.start():].split(b"\n", 1)[0].decode("utf-8", "replace")
        return "sanitizer report: %s" % line[:300], True
    if status == "timeout":
        return "timed out after %gs" % timeout, False
    if status < 0:
        return "killed by signal %s" % signal.Signals(-status).name, True
    if status in (134, 139):
        return "exit status %d (abort / segfault)" % status, True
    if status not in (0, 1):
        return "exit status %d" % status, False
    if status == 1:
        line = last_line(err)
        if not EXC_LINE.match(line):
            return "status 1 but last stderr line is %r" % line[:200], False
    return None, False


def check(cmd, oracle_cmd, inp, workdir, memory_limit):
    status, out, err, secs = run_one(cmd, inp, workdir, memory_limit)
    problem, crashed = problem_of(status, err, inp.timeout)
    if problem and not crashed and inp.oracle and oracle_cmd:
        # A derived program may loop, exit(3) or print its own message: accept what CPython does.
        o_status, _, o_err, _ = run_one(oracle_cmd, inp, workdir, memory_limit)
        if o_status == status and (status != 1 or last_line(o_err) == last_line(err)):
            problem = None
    return inp, problem, status, err, secs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", required=True, help="interpreter command (split on spaces)")
    ap.add_argument("--oracle", default="python3", help="CPython 3.11 command for derived inputs ('' for none)")
    ap.add_argument("--seed", type=int, default=20231125)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--soup", type=int, default=120, help="number of token-soup programs")
    ap.add_argument("--bytes", type=int, default=30, help="number of random-byte programs")
    ap.add_argument("--mutants", type=int, default=1, help="mutants per conformance case")
    ap.add_argument("--no-memory-limit", action="store_true",
                    help="do not limit address space (needed under AddressSanitizer)")
    ap.add_argument("--time-scale", type=float, default=1.0,
                    help="multiply every time limit (slow builds: sanitizers, debug)")
    ap.add_argument("--save-dir", default="robustness-failures")
    ap.add_argument("--known-failures", metavar="FILE", action="append", default=[],
                    help="inputs expected to fail, one name a line, '#' starts the reason (repeatable)")
    ap.add_argument("--skip-cases", metavar="FILE",
                    help="conformance known-failures list: derive no inputs from the cases it names "
                         "(their bugs are tracked there)")
    ap.add_argument("--only", help="run only inputs whose name contains this text")
    ap.add_argument("--list", action="store_true", help="list the inputs and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every input with its time")
    ap.add_argument("dirs", nargs="*", help="conformance folders whose cases are truncated and mutated")
    a = ap.parse_args()

    cmd = a.interp.split()
    if os.path.exists(cmd[0]):
        cmd[0] = os.path.abspath(cmd[0])
    oracle_cmd = a.oracle.split() if a.oracle else None
    memory_limit = None if a.no_memory_limit else MEMORY_LIMIT_BYTES

    rng = random.Random(a.seed)
    inputs = extreme_inputs()
    inputs += random_bytes(rng, a.bytes)
    inputs += token_soup(rng, a.soup)
    skip = []
    if a.skip_cases:
        with open(a.skip_cases) as fh:
            skip = [l.split("#", 1)[0].strip() for l in fh]
        skip = [k for k in skip if k]
    inputs += derived_inputs(a.seed, a.dirs, a.mutants, skip)
    known = set()
    for path in a.known_failures:
        with open(path) as fh:
            known |= {l.split("#", 1)[0].strip() for l in fh} - {""}
        unknown = known - {i.name for i in inputs}
        if unknown:
            print("robustness: known-failures names no input:", ", ".join(sorted(unknown)))
            return 1
    for i in inputs:
        i.timeout *= a.time_scale
        if i.name in known:
            # Expected to fail: a short limit keeps known hangs cheap; a fix still passes in it.
            i.timeout = min(i.timeout, KNOWN_TIMEOUT * a.time_scale)
    if not memory_limit:
        inputs = [i for i in inputs if not i.hungry]   # they would eat the machine's memory
    if a.only:
        inputs = [i for i in inputs if a.only in i.name]
    if a.list:
        for i in inputs:
            print(i.name, len(i.source))
        return 0

    workdir = tempfile.mkdtemp(prefix="pygen-fuzz-")
    passed = failed = skipped = 0
    start = time.monotonic()
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
            futures = [pool.submit(check, cmd, oracle_cmd, i, workdir, memory_limit) for i in inputs]
            for fut in futures:
                inp, problem, status, err, secs = fut.result()
                if a.verbose:
                    print("%-60s %6.2fs status %s" % (inp.name, secs, status))
                if inp.name in known:
                    if problem is None:
                        failed += 1
                        print("FAIL %s - passes but is listed as a known failure: take it off the list" % inp.name)
                    else:
                        skipped += 1
                        print("KNOWN %s - %s" % (inp.name, problem))
                    continue
                if problem is None:
                    passed += 1
                    continue
                failed += 1
                os.makedirs(a.save_dir, exist_ok=True)
                saved = os.path.join(a.save_dir, re.sub(r"[^A-Za-z0-9_.@#-]", "_", inp.name) + ".py")
                with open(saved, "wb") as fh:
                    fh.write(inp.source)
                note = " [CPython 3.11 crashes here too]" if inp.name in BEYOND_CPYTHON else ""
                print("FAIL %s - %s%s (input: %s)" % (inp.name, problem, note, saved))
                tail = err.decode("utf-8", "replace").splitlines()[-3:]
                for line in tail:
                    print("    stderr:", line[:300])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("robustness: %d inputs in %.1fs" % (len(inputs), time.monotonic() - start))
    print("robustness: %d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
