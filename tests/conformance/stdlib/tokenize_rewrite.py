# tokenize (rewritten in pygen's own design): token streams for str and bytes sources, including
# continued and unterminated strings, backslash joins, odd numbers, indentation errors and the
# end of input without a newline; detect_encoding's cookies and BOM; untokenize in both modes.
import io
import os
import tempfile
import tokenize
from token import tok_name

def show(src, as_bytes=False):
    try:
        if as_bytes:
            toks = list(tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline))
        else:
            toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, SyntaxError) as e:
        print(repr(src), type(e).__name__, e.args)
        return
    print(repr(src))
    for t in toks:
        print('   ', tok_name[t.type], tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))

for src in ["x = 1\n", "x = 1", "if x:\n    y\n", "if x:\n  y\n z\n", "x\n   ", "# c", "'''abc\ndef'''  # t\n",
            "'''abc\ndef", "'abc\\\ndef' + 1\n", "'abc\\\ndef\nx\n", "'abc\n", "1if 1else 2\n",
            "0x_1 0b1 0o7 0777 1_000 1e5 1.5j .5 1. 1.e3 1__0\n", "a ¬ b ٣\n", "x = $ ?\n", "x \\ y\n",
            "(\n1, # c\n2)\n", "x = (\n", "a\r\nb\r\n", "if 1:\n\tx\n        y\n", "x = 'a\\\\' '\\''\n", "''''\n'''\n",
            "@= -> := **= //= >>= <<= != ... .\n", "x = u'a' U'b' f'{c}' F\"d\" fr'e' rF'f' Rb'g'\n", "x = 1 \\\n  + 2\n",
            "x = 1\\", "\n\n", "", "  # indented\n", "f'''\n{x}\n'''\n"]:
    show(src)
show("é = '€'\n", as_bytes=True)
print(repr(tokenize.TokenInfo(tokenize.OP, '+', (1, 0), (1, 1), '+')))

for data in [b'', b'\xef\xbb\xbf', b'# -*- coding: latin-1 -*-\nx', b'\n# coding: utf-8\n', b'x\n# coding: latin-1\n',
             b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: bogus\n', b'#\xff\n', b'\n\n# coding: latin-1\n',
             b'\xef\xbb\xbf# coding: utf-8\n', b'# coding=utf_8_sig\n', b'#coding:iso_8859_1_x\n', b'  \n#coding: cp1252\n']:
    try:
        print(data, tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print(data, 'SyntaxError', e)

src = "def f(a, b):\n    if a:\n        return 'x' 'y'\n    return b  # done\n"
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(tokenize.untokenize(toks))
print(repr(tokenize.untokenize(t[:2] for t in toks)))
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("x=1\nif x:\n  y =(1,\n 2)\n").readline))))
try:
    tokenize.untokenize([(tokenize.NAME, 'x', (2, 0), (2, 1), ''), (tokenize.NAME, 'y', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'm.py')
    with open(p, 'wb') as f:
        f.write('# coding: latin-1\ns = "é"\n'.encode('latin-1'))
    with tokenize.open(p) as f:
        print(f.encoding, f.mode, repr(f.read()))
    with open(p, 'rb') as f:
        print([t.string for t in tokenize.tokenize(f.readline)][:3])
