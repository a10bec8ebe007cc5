# glob and fnmatch: patterns, hidden files, recursive **, root_dir, trailing separators, bytes,
# escape/has_magic; fnmatch/fnmatchcase/filter/translate.
import glob, fnmatch, os, tempfile, shutil
top = tempfile.mkdtemp()
for name in ['a.py', 'b.py', 'c.txt', '.hid.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py', 'sub/.hdir/g.py', 'x[1].py', 'q?.txt']:
    p = os.path.join(top, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w').close()
def g(pat, **kw):
    return sorted(os.path.relpath(x, top) if os.path.isabs(x) else x for x in glob.glob(os.path.join(top, pat), **kw))
def r(pat, **kw):
    return sorted(glob.glob(pat, root_dir=top, **kw))
print(g('*.py'), g('*'), g('.*'), g('?.py'), g('[ab].py'), g('[!a].py'))
print(g('sub/*'), g('*/*.py'), g('**/*.py'), g('**/*.py', recursive=True))
print(g('**', recursive=True))
print(g('sub/**', recursive=True), g('sub/**/', recursive=True))
print(g('**/*.py', recursive=True, include_hidden=True))
print(g('*', include_hidden=True), g('sub/'), g('c.txt'), g('missing'), g('missing/'), g('c.txt/'))
print(r('*.txt'), r('sub/*.py'), r('**/*.txt', recursive=True), r('sub'), r('nothing*'))
print(g(glob.escape('x[1].py')), g('x[1].py'), g(glob.escape('q?.txt')), glob.escape('/a/*?[b]'), glob.escape(b'x*'))
print(glob.has_magic('abc'), glob.has_magic('a*c'), glob.has_magic('a[b'), glob.has_magic(b'?'))
print(sorted(os.path.basename(x) for x in glob.iglob(os.path.join(os.fsencode(top), b'*.py'))))
cwd = os.getcwd()
os.chdir(top)
print(sorted(glob.glob('*.py')), sorted(glob.glob('sub/*/')), sorted(glob.glob('**/', recursive=True)), glob.glob(''))
os.chdir(cwd)
shutil.rmtree(top)
names = ['a.py', 'B.PY', 'c.txt', '.x.py', 'a[b].py', 'readme']
print(fnmatch.filter(names, '*.py'), fnmatch.filter(names, '*.[pP][yY]'), fnmatch.filter(names, '[!a-b]*'))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('a[b].py', 'a[[]b].py'), fnmatch.fnmatch('x', '[]'), fnmatch.fnmatch(']', '[]]'))
for pat in ['*.py', 'a?c', '[!abc]', '[a-z]*[0-9]', '**', 'a*b*c', '[', '[]]', '[!]]', 'x\\y', '[a-]', '[z-a]', '*.[ch]']:
    print(repr(pat), fnmatch.translate(pat))
print(fnmatch.fnmatch(b'abc.py', b'*.py'), fnmatch.filter([b'a', b'b'], b'a'))
