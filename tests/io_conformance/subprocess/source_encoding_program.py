# A program file's coding cookie, and CPython's wording of the errors its file reader gives:
# each program runs in a child interpreter (sys.executable) from a scratch folder.
import os
import subprocess
import sys
import tempfile

PROGRAMS = [
    ('latin1.py', b'# -*- coding: latin-1 -*-\nprint(ascii("\xe9\xff"))\n'),
    ('cp1252.py', b'#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint(ascii("\x80"))\n'),
    ('third_line.py', b'\n\n# coding: latin-1\nprint("\xe9")\n'),
    ('no_cookie.py', b'x = 1\nprint("\xe9")\n'),
    ('unknown.py', b'# coding: no-such-codec\nprint(1)\n'),
    ('ascii.py', b'# coding: ascii\nprint(1)\n# \xe9\n'),
    ('bom_latin1.py', b'\xef\xbb\xbf# coding: latin-1\nprint(1)\n'),
    ('bom_utf8.py', b'\xef\xbb\xbf# coding: utf-8\nprint(ascii("\xc3\xa9"))\n'),
    ('big_literal.py', b'x = 1\ny = ' + b'7' * 4400 + b'\n'),
]

with tempfile.TemporaryDirectory() as d:
    for name, body in PROGRAMS:
        path = os.path.join(d, name)
        with open(path, 'wb') as f:
            f.write(body)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        err = r.stderr.replace(d, '<dir>').strip().splitlines()
        print(name, r.returncode, r.stdout.strip(), err[-1] if err else '')
