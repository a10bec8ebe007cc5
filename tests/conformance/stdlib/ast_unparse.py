# ast.unparse: statements, precedence and parentheses, docstrings, f-strings and their quotes,
# constants a parser never makes (infinities, NaN, tuples), patterns, and round trips through
# ast.parse. CPython 3.11's output is the expectation.
import ast

sources = [
    "x = 1, 2\nreturn_value = (yield)\nfor a, b in c: pass\nelse: pass",
    "a = b = -(-x) ** -y ** z\nc = (a + b) * (c - d) / e // f % g @ h\nd = a << b >> c & d ^ e | f",
    "not a and (b or c) and (not d) or e if f else (g if h else i)",
    "x = a if b else c if d else e\ny = (a if b else c) if d else e",
    "lambda: 0\nlambda x, /, y=1, *args, z, w=2, **kw: (x, y)\nf(*a, **k, b=1)",
    "def f(a, b=2, /, c=3, *, d, e=5, **rest) -> int:\n    '''doc\n    string'''\n    return a",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    \"doc with 'quotes' and \\\"more\\\"\"\n    x: int = 1\n    (y): str\n    def m(self): ...",
    "async def g():\n    async with a as b, c:\n        await x\n        async for i in y: yield i\n    return [i async for i in z if i]",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    pass\nfinally:\n    del a, b[0], c.d",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "f'{a!r:>{width}} {b:.2f} {{literal}} {\"q\"} {c}\\n'\nf\"{'a' + 'b'}\"\nf'''{x}\n'''",
    "x = {}\ny = {1: 2, **z}\nw = {1, 2}\nv = {a: b for a, b in c}\nu = {x for x in y}\nt = (x for x in y)",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **others}: pass\n    case Point(x=0, y=_) | Point(1, 2) as pt if pt: pass\n    case None | True | -1 | 1+2j: pass\n    case _: pass",
    "global g\nnonlocal n\nimport a.b as c, d\nfrom ..e import f as g, h\nfrom . import i\nassert x, 'msg'",
    "a[1:2, ::3]\na[1, 2]\na[(1, 2)]\na[()]\n(1).real\n1 .real\nx = (a := 10)\nprint((b := 2))",
    "x += 1\ny **= 2\nz @= m\nwhile (n := n - 1): continue\nwith open(f) as (a, b): break",
    "'''docstring'''\nu'unicode'\nb'bytes\\x00'\nr = 'it\\'s \"x\"'\ns = '\\t\\n\\\\'",
]
for source in sources:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    print('-- same tree again:', ast.dump(ast.parse(text)) == ast.dump(tree))

# Nodes built by hand.
print(ast.unparse(ast.Constant(float('inf'))), ast.unparse(ast.Constant(-float('inf'))),
      ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant(complex(1, float('inf')))))
print(ast.unparse(ast.Constant((1, 'a', (2,)))), ast.unparse(ast.Constant(...)), ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())), ast.unparse(ast.Tuple(elts=[ast.Name('x')], ctx=ast.Load())))
print(ast.unparse(ast.parse('1 + 2', mode='eval')))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Pow(), ast.BinOp(ast.Name('b'), ast.Pow(), ast.Name('c')))))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Pow(), ast.Name('b')), ast.Pow(), ast.Name('c'))))
for bad in [ast.Raise(exc=None, cause=ast.Name('x')),
            ast.JoinedStr(values=[ast.FormattedValue(value=ast.Constant('\n'), conversion=-1, format_spec=None)])]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', e)

# kind='u' comes from a lowercase u prefix on the first string of a run, also inside f-strings;
# the first fault of a run of strings is reported in CPython's order.
for text in ["U'x'", "u'x'", "'a' u'x'", "u'a' 'x'", "u'a' f'{x}b'", "f'{x}' u'b'"]:
    print(text, ast.dump(ast.parse(text).body[0].value), ast.unparse(ast.parse(text)))
for text in ["f\"{'a' + \"b\"}\"", "b'x' 'y'", "'y' b'x'", "b'x' f'{'", "'\\N{nope}' b'x'", "b'\xc3\xa9' 'x'", "'x' b'\xc3\xa9'"]:
    try:
        compile(text, "<s>", "eval")
    except SyntaxError as e:
        print(e.msg)
