# importlib.util.resolve_name and find_spec: relative names and their errors, loaded modules
# (their own spec, None entries, missing or None __spec__), submodules through the parent's
# __path__, and a parent that is not a package.
import importlib.util as iu
import sys
import types

print(iu.resolve_name('os', None), iu.resolve_name('.x', 'pkg'), iu.resolve_name('..y', 'a.b.c'), iu.resolve_name('...', 'a.b.c'))
for args in (('.x', None), ('.x', ''), ('...z', 'a')):
    try:
        print(iu.resolve_name(*args))
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
print(iu.find_spec('json').name, iu.find_spec('json.decoder').name, iu.find_spec('.decoder', 'json').name,
      iu.find_spec('no_such_module_zz'), iu.find_spec('json.no_such_sub'))
sys.modules['fake_none'] = None
print(iu.find_spec('fake_none'))
m = types.ModuleType('fake_nospec')
del m.__spec__
sys.modules['fake_nospec'] = m
m2 = types.ModuleType('fake_specnone')
sys.modules['fake_specnone'] = m2
for name in ('fake_nospec', 'fake_specnone', 'os.path.x'):
    try:
        print(iu.find_spec(name))
    except (ValueError, ModuleNotFoundError) as e:
        print(type(e).__name__, e)
