# Invalid escape sequences and octal escapes above 0o377 in compiled source give CPython 3.11's
# DeprecationWarning (the first one of each literal, at the literal's first line); a filter that
# turns it into an error gives a SyntaxError at the literal instead.
import ast
import warnings

SOURCES = [
    "'''\n\\z'''", "x = 1 + '\\d'", "x = (1,\n  b'ab\\q')", "f'{1}\\q'", "f'''{1}\n\\q{2}'''",
    "'\\d' '\\q'", "'\\777'", "b'\\777'", "'\\400\\z'", "'\\8\\9'", "b'\\N\\u\\U'", "'\\N{DIGIT ONE}\\w'",
    "'\\\u00e9'", "rf'\\z'", "r'\\z'", "br'\\z'", "f'\\{6}'", "f'a\\zb\\{6}\\qc{1}\\wd'",
    "f'{1:\\z}'", "def f():\n    return '\\('\n", "'ok\\n\\t\\x41\\101\\u0041'",
    "x = '\\d'\ny = '\\d'\n",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            code = compile(src, "<s>", "exec")
            ns = {}
            exec(code, ns)
        except SyntaxError as e:
            print("SE", repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        print(repr(src), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error')
        try:
            compile(src, "<s>", "exec")
            print("  no error")
        except SyntaxError as e:
            print("  SE", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("  recorded", len(w))

# eval and ast.parse warn too; the value keeps the backslash.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(eval(r"'\d'")), repr(eval(r"b'\d'")), repr(eval(r"'\407'")))
    ast.parse("'\\d'")
print([str(x.message) for x in w])

# 'error' only for DeprecationWarning, then a warning that raises something else.
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        eval("'\\d'")
    except SyntaxError as e:
        print("SE", e.msg, e.filename, e.lineno, e.offset)

def boom(*args, **kw):
    raise RuntimeError("showwarning failed")

with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = boom
    try:
        compile("x = 1\ny = '\\d'\n", "<b>", "exec")
    except RuntimeError as e:
        print("RuntimeError", e)

# A syntax error after the literal: the warning is still issued first.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        compile("'\\d' + ", "<s>", "exec")
    except SyntaxError as e:
        print("SE", e.msg)
print([str(x.message) for x in w])
