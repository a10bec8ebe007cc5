# PEP 263 coding cookies on bytes given to compile/exec/eval and on imported files, the errors
# for unknown and undecodable encodings, and decimal literals beyond sys.get_int_max_str_digits().
import io
import os
import sys
import tempfile

CASES = [
    b'# -*- coding: latin-1 -*-\nx = "\xe9\xff"\n',
    b'#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = "\x80"\n',
    b'\n# coding=iso-8859-15\nx = "\xa4"\n',
    b'x = 1\n# coding: latin-1\nx = "\xc3\xa9"\n',          # a cookie after code is ignored
    b'# coding: utf8\nx = "\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: utf-8\nx = "\xc3\xa9"\n',
    b'\xef\xbb\xbfx = "\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1\n',
    b'# coding: ascii\nx = "\xe9"\n',
    b'# coding: bogus-codec\nx = 1\n',
    b'# coding: latin_1\nx = "\xe9"\n',
]
for src in CASES:
    try:
        code = compile(src, 'cookie.py', 'exec')
        ns = {}
        exec(code, ns)
        print('ok', ascii(ns['x']))
    except SyntaxError as e:
        print(type(e).__name__, e.args)

ns = {}
exec(b'# coding: latin-1\ny = "\xe9"', ns)
print(ascii(ns['y']))
exec('# coding: latin-1\ny = "\xe9"', ns)     # a str is already text: its cookie is ignored
print(ascii(ns['y']))
print(ascii(eval(b'# coding: latin-1\n"\xe9"')))

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'latin_mod.py'), 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\nvalue = "caf\xe9"\n')
    with open(os.path.join(d, 'bogus_mod.py'), 'wb') as f:
        f.write(b'# coding: no-such-codec\nvalue = 1\n')
    sys.path.insert(0, d)
    import latin_mod
    print(ascii(latin_mod.value))
    try:
        import bogus_mod
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
    sys.path.remove(d)

# Decimal literals longer than the limit are a SyntaxError at compile time.
limit = sys.get_int_max_str_digits()
print(len(str(eval('1' * limit))))
for src in ['1' * (limit + 1), 'x = (' + '2_3' * 2000 + ')', '0' * 6000, '0x' + 'f' * 5000]:
    try:
        code = compile(src, 'lit.py', 'exec')
        print('compiled', len(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg[:70], e.lineno, e.offset, e.end_offset)
sys.set_int_max_str_digits(6000)
print(len(str(eval('1' * 5000))))
sys.set_int_max_str_digits(limit)

# A SyntaxError with no column shows its line without a caret.
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
try:
    for offset in (0, 1, 3, -2):
        try:
            raise SyntaxError('m', ('f.py', 1, offset, '  abc def\n', 1, offset + 2))
        except SyntaxError:
            sys.excepthook(*sys.exc_info())
finally:
    sys.stderr = saved
print('\n'.join(line for line in err.getvalue().splitlines() if not line.startswith(('Traceback', '  File "/'))))
