# compile(..., 'single') takes one interactive statement: simple statements on one logical line, or
# one compound statement; anything more is a SyntaxError at CPython's position.
cases = [
    "x=1\ny=2\n", "x=1; y=2\n", "x=1;", "if 1:\n  pass\nx=3\n", "x=1\n\n# c\n  \n",
    "def f():\n  pass\n\n", "x = (1,\n 2)\nz", "\n", "# only\n", "1\n2", "x=1\n\n\ny",
    "if 1:\n pass\nelse:\n pass\n", "x=1  # c\ny\n", "x=1; y=2\nz", "x=1;\ny", "if 1: pass\ny",
    "@d\ndef f(): pass\nx", "x = 1 \\\n + 2\ny", "\n\n", "  \n", "\n# c\n", "class C:\n  a = 1\n",
    "for i in range(2):\n  pass\nfor j in range(2): pass\n",
]
for src in cases:
    try:
        code = compile(src, "<s>", "single")
        print(repr(src), "ok", type(code).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

# The statement that compiles runs as CPython's would, echoing expression values.
ns = {}
exec(compile("a = 2; b = a * 3; a + b\n", "<s>", "single"), ns)
print(ns["a"], ns["b"])
