# importlib's Python side: specs of packages, submodules and files, spec_from_file_location/module_from_spec, reload, relative import_module and its errors, a meta_path finder's spec_from_loader spec, ModuleSpec.parent.
import importlib, importlib.util, importlib.machinery, sys, os, tempfile, json
print(json.__spec__.parent, json.decoder.__spec__.parent, json.__spec__ == json.__spec__)
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'pkg'))
open(os.path.join(d, 'pkg', '__init__.py'), 'w').write('X = 1\n')
open(os.path.join(d, 'pkg', 'mod.py'), 'w').write('from . import X\nY = X + 1\n')
open(os.path.join(d, 'solo.py'), 'w').write('Z = 3\n')
sys.path.insert(0, d)
import pkg.mod, solo
print(pkg.mod.Y, pkg.__spec__.submodule_search_locations == [os.path.join(d, 'pkg')], pkg.mod.__package__, solo.__spec__.has_location, solo.__file__ == os.path.join(d, 'solo.py'))
spec = importlib.util.spec_from_file_location('alias', os.path.join(d, 'solo.py'))
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.Z, m.__name__, m.__spec__ is spec, spec.parent, repr(spec).startswith("ModuleSpec(name='alias'"))
open(os.path.join(d, 'solo.py'), 'w').write('Z = 4\n')
print(importlib.reload(solo).Z)
print(importlib.import_module('.mod', 'pkg').Y, importlib.import_module('json.decoder').__name__)
for bad in (lambda: importlib.import_module('..x', 'pkg'), lambda: importlib.import_module(''), lambda: importlib.import_module('.x'),
            lambda: importlib.import_module(3)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class Finder:
    def find_spec(self, name, path=None, target=None):
        if name == 'virtual_mod':
            return importlib.util.spec_from_loader(name, Loader())
class Loader:
    def create_module(self, spec): return None
    def exec_module(self, module): module.V = 'virtual'
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.V, virtual_mod.__spec__.loader.__class__.__name__, virtual_mod.__package__, importlib.util.spec_from_loader('q', Loader(), is_package=True).submodule_search_locations)
print(importlib.machinery.ModuleSpec('a.b', None).parent, importlib.machinery.ModuleSpec('a.b', None, is_package=True).parent)
