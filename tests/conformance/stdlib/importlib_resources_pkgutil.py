# importlib.resources (files, as_file and the older read_text/open_binary/path/contents/...),
# importlib.abc (a meta path finder and loaders of our own) and pkgutil (iter_modules,
# walk_packages, get_data, extend_path, resolve_name) on a package tree made here.
import importlib
import importlib.abc
import importlib.machinery
import importlib.resources
import importlib.util
import os
import pkgutil
import sys
import tempfile

top = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(top, *rel.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


write('respkg/__init__.py', 'NAME = "respkg"\n')
write('respkg/data.txt', 'hello resources\n')
write('respkg/more/__init__.py', '')
write('respkg/more/leaf.py', 'X = 1\n')
write('respkg/more/table.csv', 'a,b\n1,2\n')
write('respkg/plain.py', 'Y = 2\n')
write('respkg/broken/__init__.py', 'raise ImportError("broken on purpose")\n')
write('other_mod.py', 'Z = 3\n')
sys.path.insert(0, top)


def show(value):
    return str(value).replace(top, '<top>')


import respkg
root = importlib.resources.files(respkg)
print(type(root).__name__, show(root), root.name, root == importlib.resources.files('respkg'))
print((root / 'data.txt').read_text(), end='')
print(root.joinpath('more', 'table.csv').read_bytes(), (root / 'more').is_dir(), (root / 'nope').exists())
print(sorted(p.name for p in root.iterdir() if p.name != '__pycache__'))
with importlib.resources.as_file(root / 'data.txt') as real:
    print(show(real), real.exists())
print(importlib.resources.read_text('respkg', 'data.txt'), end='')
print(importlib.resources.read_binary(respkg, 'data.txt'))
with importlib.resources.open_text('respkg', 'data.txt') as f:
    print(f.readline(), end='')
with importlib.resources.open_binary('respkg', 'data.txt') as f:
    print(f.read(5))
with importlib.resources.path('respkg', 'data.txt') as p:
    print(show(p))
print(sorted(n for n in importlib.resources.contents('respkg') if n != '__pycache__'))
print(importlib.resources.is_resource('respkg', 'data.txt'), importlib.resources.is_resource('respkg', 'more'))
for bad in [lambda: importlib.resources.files('respkg.plain'),
            lambda: importlib.resources.read_text('respkg', 'more/table.csv'),
            lambda: importlib.resources.read_text('respkg', 'missing.txt')]:
    try:
        bad()
    except (TypeError, ValueError, FileNotFoundError) as e:
        print(type(e).__name__, show(e))

# pkgutil
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([top])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules(respkg.__path__, 'respkg.')])
info = next(pkgutil.iter_modules([top]))
print(type(info).__name__, info._fields, show(info.module_finder.path))
failed = []
print([m.name for m in pkgutil.walk_packages([top], onerror=failed.append)], failed)
print(pkgutil.get_data('respkg', 'more/table.csv'), pkgutil.get_data('respkg', 'data.txt'))
print(pkgutil.resolve_name('respkg.more.leaf:X'), pkgutil.resolve_name('respkg.more.leaf.X'),
      pkgutil.resolve_name('os.path:join') is os.path.join, pkgutil.resolve_name('respkg.more:leaf').X)
for bad in ['respkg.more.leaf:nope', '1abc', 'respkg:']:
    try:
        print(show(pkgutil.resolve_name(bad)))
    except (ValueError, AttributeError, ImportError) as e:
        print(type(e).__name__, e)
print(type(pkgutil.get_loader('respkg')).__name__, pkgutil.find_loader('nothere_at_all'))
print('json' in {m.name for m in pkgutil.iter_modules()}, 'respkg' in {m.name for m in pkgutil.iter_modules()})

# importlib.abc: a meta path finder serving generated modules.
class Generated(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith('gen_'):
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def exec_module(self, module):
        module.value = module.__name__[4:].upper()


sys.meta_path.insert(0, Generated())
import gen_hello
print(gen_hello.value, type(gen_hello.__loader__).__name__, gen_hello.__spec__.origin)


class Source(importlib.abc.SourceLoader):
    def get_filename(self, fullname):
        return '<made:' + fullname + '>'

    def get_data(self, path):
        return b'answer = 6 * 7\n'


spec = importlib.util.spec_from_loader('made_mod', Source())
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.answer, mod.__file__, spec.loader.get_source('made_mod'), end='')
print(isinstance(importlib.machinery.SourceFileLoader('x', 'x.py'), importlib.abc.FileLoader),
      isinstance(importlib.machinery.PathFinder, type),
      issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder),
      issubclass(importlib.machinery.SourceFileLoader, importlib.abc.SourceLoader),
      issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder))
try:
    importlib.abc.InspectLoader()
except TypeError as e:
    print('TypeError', e)
print(importlib.abc.InspectLoader.source_to_code('x = 1').co_filename)
