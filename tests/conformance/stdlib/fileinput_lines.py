# fileinput: the lines of several files as one stream with their names and numbers, the
# module-level input(), nextfile, binary mode, openhooks (encoding, gzip/bz2) and in-place
# rewriting with a backup; the errors for misuse.
import bz2
import fileinput
import gzip
import os
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
for name, text in [('one.txt', 'a\nb\nc'), ('two.txt', 'd\n\ne\n'), ('empty.txt', ''), ('lat.txt', 'caf\xe9\n')]:
    with open(name, 'w', encoding='latin-1' if name == 'lat.txt' else 'utf-8') as f:
        f.write(text)
with gzip.open('z.gz', 'wt', encoding='utf-8') as f:
    f.write('gz1\ngz2\n')
with bz2.open('z.bz2', 'wt', encoding='utf-8') as f:
    f.write('bz1\n')

with fileinput.FileInput(['one.txt', 'empty.txt', 'two.txt'], encoding='utf-8') as fi:
    for line in fi:
        print(repr(line), fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(), fi.fileno() >= 0)
    print(fi.filename(), fi.lineno(), fi.fileno())

for line in fileinput.input(('one.txt', 'two.txt'), encoding='utf-8'):
    if fileinput.filelineno() == 2:
        fileinput.nextfile()
    print(repr(line), fileinput.filename(), fileinput.lineno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.input('one.txt', encoding='utf-8').readline()
try:
    fileinput.input('two.txt', encoding='utf-8')
except RuntimeError as e:
    print('RuntimeError', e)
fileinput.close()

print(list(fileinput.FileInput('two.txt', mode='rb')))
print(list(fileinput.FileInput('lat.txt', openhook=fileinput.hook_encoded('latin-1'))))
print(list(fileinput.FileInput(['z.gz', 'z.bz2', 'one.txt'], openhook=fileinput.hook_compressed, encoding='utf-8')))
print(list(fileinput.FileInput(['z.gz'], mode='rb', openhook=fileinput.hook_compressed)))

with fileinput.input('two.txt', inplace=True, backup='.orig', encoding='utf-8') as fi:
    for line in fi:
        print(fi.filelineno(), line.upper(), end='')
print(open('two.txt').read(), open('two.txt.orig').read(), sorted(os.listdir('.')))
with fileinput.input('one.txt', inplace=True, encoding='utf-8') as fi:
    for line in fi:
        print(line.strip() * 2)
print(open('one.txt').read(), sorted(os.listdir('.')))

for bad in [lambda: fileinput.FileInput('x', mode='w'), lambda: fileinput.FileInput('x', inplace=True, openhook=open),
            lambda: fileinput.FileInput('x', openhook='nope'), lambda: list(fileinput.FileInput('missing.txt', encoding='utf-8'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(fileinput.FileInput([], encoding='utf-8')._files, fileinput.FileInput[str])
