# tokenize/token: generate_tokens and tokenize (ENCODING, COMMENT/NL, INDENT/DEDENT, strings across lines,
# f-strings, numbers, exact_type), detect_encoding, untokenize in both modes, TokenError/IndentationError.
import io, tokenize, token
src = '''# comment
def f(a, b=1.5e-3, *c):
    """doc
    string"""
    x = [1, 2,
         3]  # trailing
    if a >= b and c != 0x1F:
        return f"{a!r}" + rb'\\x' + 'it''s'
    y = a ** 2 // 3 -> None
\tz = 1j; w = ...

class C: pass
s = 'cont\\
inued'
'''
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
print([ (token.tok_name[t.exact_type], t.string) for t in tokenize.generate_tokens(io.StringIO("a += (b**=c) @ d").readline)])
toks = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n").readline))
print(toks[0], toks[-3:])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("x = ( 1 ,\n 2 )\nif x :\n    y\n").readline)))
print(tokenize.untokenize([(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("x=1\nif x:\n  y=2\n").readline)]))
for bad in ["x = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args[0])
print(list(tokenize.generate_tokens(io.StringIO("x").readline)))
print(list(tokenize.generate_tokens(io.StringIO("").readline)))
