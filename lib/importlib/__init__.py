# importlib: import_module, reload, invalidate_caches over pygen's import system (src/vm/import.cpp
# via _imp, and importlib._bootstrap for the spec and loader classes).
# CPython counterpart: Lib/importlib/__init__.py.
import sys
import _imp
from . import _bootstrap

__all__ = ['import_module', 'invalidate_caches', 'reload']


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def invalidate_caches():
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name) from None
        path = parent.__path__
    spec = _imp.find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    return _bootstrap._exec(spec, module)
