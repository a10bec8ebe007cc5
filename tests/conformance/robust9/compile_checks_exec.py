# Compile-time errors CPython 3.11 reports (keyword argument repeated, binding __debug__, too many
# statically nested blocks) and exec()/eval() argument rules: a code object with free variables
# needs closure= (it crashed: the frame read empty cells), bytes-like sources, locals that are not
# mappings, keywords; DELETE_NAME turns any failure of the mapping into NameError (#9).
def show(src):
    try:
        compile(src, "s", "exec")
        print(repr(src)[:40], "ok")
    except SyntaxError as e:
        print(repr(src)[:40], type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

for src in ["f(a=1, a=2)", "f(a=1, *b, a=2)", "f(**k, a=1, a=2)", "class C(a=1, a=2): pass", "x = g(b=1,\n  b=2)",
            "__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "x.__debug__ = 1",
            "__debug__ += 1", "for __debug__ in x: pass", "import __debug__", "import a as __debug__",
            "def __debug__(): pass", "class __debug__: pass", "lambda __debug__: 1", "with x as __debug__: pass",
            "(__debug__ := 1)", "def f(*, __debug__): pass", "__debug__: int", "from a import __debug__",
            "del x.__debug__", "x = [__debug__ for __debug__ in y]", "a, __debug__ = 1, 2", "def f(**__debug__): pass",
            "try: pass\nexcept E as __debug__: pass", "class C(__debug__=1): pass", "print(__debug__)",
            "".join(" " * i + "for x in y:\n" for i in range(20)) + " " * 20 + "pass\n",
            "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass\n",
            "".join(" " * i + "with x:\n" for i in range(21)) + " " * 21 + "pass\n",
            "".join(" " * i + "try:\n" for i in range(21)) + " " * 21 + "pass\n" +
            "".join(" " * i + "finally:\n" + " " * i + " pass\n" for i in range(20, -1, -1))]:
    show(src)

def outer():
    v = 1
    def inner(): return v
    return inner
code = outer().__code__
cell = outer().__closure__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: exec(b"print('bytes ok')"), lambda: exec(bytearray(b"print('bytearray ok')")), lambda: eval(b"1+1"),
          lambda: exec(memoryview(b"print('memoryview ok')")), lambda: eval(b"  2 * 3"),
          lambda: exec(code), lambda: exec(code, {}, {}, closure=None), lambda: exec(code, {}, closure=cell),
          lambda: exec(code, {}, closure=(1,)), lambda: exec(code, {}, closure=[cell[0]]),
          lambda: exec("x=1", closure=cell), lambda: exec(compile("1", "s", "exec"), closure=cell),
          lambda: exec("x=1", globals={}), lambda: eval("1", globals={}), lambda: eval(code),
          lambda: exec("x=1", {}, 5), lambda: eval("1", {}, 5), lambda: eval("1", 5), lambda: eval("1", [], {}),
          lambda: exec(5), lambda: eval(5), lambda: exec("x", {}, {"x": 2}), lambda: eval("x", None, {"x": 3}),
          lambda: exec(code, {}, {}, closure=cell, bogus=1), lambda: exec(), lambda: exec("1", {}, {}, {}),
          lambda: eval(), lambda: exec("a\0b"), lambda: exec(b"a\0b"),
          lambda: exec("del x", {}, type("M", (), {"__getitem__": lambda s, k: 1})()),
          lambda: exec("x", {}, type("M", (), {"__getitem__": lambda s, k: 1})())]:
    t(f)
