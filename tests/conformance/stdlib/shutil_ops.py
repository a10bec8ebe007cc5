# shutil: copyfile/copy/copy2/copymode/copystat, copytree (ignore, dirs_exist_ok, errors), rmtree
# (onerror), move, which, disk_usage, get_terminal_size fallback, ignore_patterns.
import shutil, os, stat, tempfile, sys
top = tempfile.mkdtemp()
def p(*parts): return os.path.join(top, *parts)
def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for fn in sorted(filenames):
            with open(os.path.join(dirpath, fn)) as f:
                out.append((os.path.join(rel, fn), f.read()))
    return out
with open(p('a.txt'), 'w') as f: f.write('alpha')
os.chmod(p('a.txt'), 0o640)
os.utime(p('a.txt'), (1000000, 2000000))
print(shutil.copyfile(p('a.txt'), p('b.txt')) == p('b.txt'))
print(open(p('b.txt')).read(), oct(stat.S_IMODE(os.stat(p('b.txt')).st_mode)) != '0o0')
try: shutil.copyfile(p('a.txt'), p('a.txt'))
except shutil.SameFileError as e: print('SameFileError', os.path.basename(e.args[0].split("'")[1]))
try: shutil.copyfile(p('missing'), p('x'))
except FileNotFoundError as e: print('FileNotFoundError', e.errno)
os.mkdir(p('dir'))
print(shutil.copy(p('a.txt'), p('dir')) == p('dir', 'a.txt'), oct(stat.S_IMODE(os.stat(p('dir', 'a.txt')).st_mode)))
c2 = shutil.copy2(p('a.txt'), p('c.txt'))
st = os.stat(c2)
print(int(st.st_mtime), oct(stat.S_IMODE(st.st_mode)))
with open(p('d.txt'), 'w') as f: f.write('d')
shutil.copymode(p('a.txt'), p('d.txt'))
shutil.copystat(p('a.txt'), p('d.txt'))
print(oct(stat.S_IMODE(os.stat(p('d.txt')).st_mode)), int(os.stat(p('d.txt')).st_mtime))
src = p('src')
os.makedirs(os.path.join(src, 'sub', 'deep'))
for rel, text in [('one.py', '1'), ('two.txt', '2'), ('sub/three.py', '3'), ('sub/deep/four.pyc', '4'), ('sub/deep/five.txt', '5')]:
    with open(os.path.join(src, rel), 'w') as f: f.write(text)
print(shutil.copytree(src, p('dst')) == p('dst'))
print(tree(p('dst')))
try: shutil.copytree(src, p('dst'))
except FileExistsError as e: print('FileExistsError', e.errno)
shutil.copytree(src, p('dst'), dirs_exist_ok=True, ignore=shutil.ignore_patterns('*.pyc', 'two*'))
shutil.copytree(src, p('dst2'), ignore=shutil.ignore_patterns('*.pyc', 'two*'))
print(tree(p('dst2')))
seen = []
def ign(path, names):
    seen.append((os.path.relpath(path, src), sorted(names)))
    return {'deep'}
shutil.copytree(src, p('dst3'), ignore=ign)
print(sorted(seen), tree(p('dst3')))
copied = []
shutil.copytree(src, p('dst4'), copy_function=lambda s, d: copied.append(os.path.basename(d)))
print(sorted(copied))
os.symlink(p('a.txt'), p('link'))
print(os.path.islink(p('link')))
try: shutil.rmtree(p('link'))
except OSError as e: print('OSError', e)
errors = []
shutil.rmtree(p('missing_dir'), onerror=lambda f, path, ei: errors.append((f.__name__, os.path.basename(path), ei[0].__name__)))
print(errors)
shutil.rmtree(p('missing_dir'), ignore_errors=True)
try: shutil.rmtree(p('missing_dir'))
except FileNotFoundError as e: print('FileNotFoundError', e.errno)
shutil.rmtree(p('dst'))
print(os.path.exists(p('dst')), os.path.exists(p('dst2')))
print(shutil.move(p('b.txt'), p('moved.txt')) == p('moved.txt'), os.path.exists(p('b.txt')))
print(shutil.move(p('moved.txt'), p('dir')) == p('dir', 'moved.txt'))
print(shutil.move(p('dst2'), p('dst2_moved')) == p('dst2_moved'), tree(p('dst2_moved'))[:1])
with open(p('dir2_file'), 'w') as f: f.write('z')
try: shutil.move(p('dir', 'a.txt'), p('dir'))
except shutil.Error as e: print('Error', os.path.basename(str(e).split("'")[1]))
try: shutil.move(p('dst3'), p('dst3', 'inside'))
except shutil.Error as e: print('Error', str(e).startswith('Cannot move a directory'))
exe = p('bin', 'mytool')
os.mkdir(p('bin'))
with open(exe, 'w') as f: f.write('#!/bin/sh\n')
print(shutil.which('mytool', path=p('bin')))
os.chmod(exe, 0o755)
print(shutil.which('mytool', path=p('bin')) == exe, shutil.which('mytool', path=os.pathsep.join([p('dir'), p('bin')])) == exe)
print(shutil.which(exe) == exe, shutil.which('no-such-tool-xyz'), shutil.which('mytool', path=''))
print(shutil.which('sh') is not None)
du = shutil.disk_usage(top) if hasattr(os, "statvfs") else None
#DU
os.environ['COLUMNS'] = '100'; os.environ['LINES'] = '30'
print(shutil.get_terminal_size())
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
shutil.rmtree(top)
print(os.path.exists(top))
