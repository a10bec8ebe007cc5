# TextIOWrapper.newlines for every newline= mode (None when the mode does not translate), text
# seek/tell round trips, truncate, binary and unbuffered modes, and open()'s argument errors.
import io
import os
import tempfile

fn = os.path.join(tempfile.mkdtemp(), 'nl.txt')
with open(fn, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(fn, newline=nl) as f:
        print(repr(nl), f.newlines, f.readlines(), f.newlines)
with open(fn, 'w') as f:
    f.write('line1\nline2\nline3\n')
with open(fn) as f:
    print(f.readline(3), f.tell(), f.readline(), f.read(2))
    pos = f.tell()
    print(f.readline(), end='')
    f.seek(pos)
    print(f.readline(), end='')
with open(fn, 'r+') as f:
    f.seek(0, 2)
    f.write('tail\n')
    f.truncate(10)
    f.seek(0)
    print(repr(f.read()))
with open(fn, 'wb', buffering=0) as f:
    print(type(f).__name__, f.write(b'raw'), f.mode, f.closefd)
with open(fn, 'ab') as f:
    print(type(f).__name__, f.write(b'+more'), f.tell())
print(open(fn, 'rb').read())
for mode, kw in (('rw', {}), ('rb', {'encoding': 'utf-8'}), ('r', {'buffering': 0}), ('rb', {'newline': ''})):
    try:
        open(fn, mode, **kw)
    except ValueError as e:
        print('ValueError', e)
s = io.StringIO('a\r\nb\rc\n', newline=None)
print(s.readlines(), s.newlines)
t = io.TextIOWrapper(io.BytesIO(b'x\r\ny\n'), newline='\r\n')
print(t.readlines(), t.newlines)
