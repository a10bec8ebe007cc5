"""pkgutil: listing the modules on a search path, reading a package's data and the helpers around
them (extend_path, resolve_name). Written for pygen from the 3.11 documentation.

The embedded library ('<pygen>/lib' on sys.path) is listed from the binary's own table of
modules, since that folder is not on disk.
"""

import collections
import importlib
import importlib.machinery
import importlib.util
import os
import re
import sys

import _imp

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages',
           'iter_modules', 'get_data', 'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
           'ModuleInfo']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

_EMBEDDED = '<pygen>/lib'


class ImpImporter:
    """Removed-API placeholder kept for imports of the name (deprecated since 3.3)."""

    def __init__(self, path=None):
        raise ImportError('ImpImporter is not available')


class ImpLoader:
    """Removed-API placeholder kept for imports of the name (deprecated since 3.3)."""

    def __init__(self, fullname, file, filename, etc):
        raise ImportError('ImpLoader is not available')


def read_code(stream):
    """Unmarshal a code object from a .pyc stream; pygen writes no bytecode files, so None."""
    return None


def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is not None and path_item in cache:
        return cache[path_item]
    for hook in getattr(sys, 'path_hooks', []):
        try:
            importer = hook(path_item)
        except ImportError:
            continue
        break
    else:
        importer = importlib.machinery.FileFinder(path_item)
    if cache is not None:
        cache[path_item] = importer
    return importer


def iter_importers(fullname=''):
    """The finders that would be asked for fullname: sys.meta_path, then the path's entries."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        package = fullname.rpartition('.')[0]
        module = importlib.import_module(package)
        path = getattr(module, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def _embedded_modules(prefix_path):
    # The embedded library's modules directly inside prefix_path ('<pygen>/lib[/pkg/...]').
    below = prefix_path[len(_EMBEDDED):].strip('/').replace('/', '.')
    for name, ispkg in _imp._frozen_module_names():
        parent, _, leaf = name.rpartition('.')
        if parent == below and not leaf.startswith('__'):
            yield leaf, ispkg


_MODULE_NAME = re.compile(r'[A-Za-z_][A-Za-z0-9_]*\Z')


def _folder_modules(folder):
    # What a FileFinder would find in one folder: *.py modules and packages (folders with an
    # __init__.py), sorted by file name as CPython's listing is.
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    seen = set()
    for entry in names:
        full = os.path.join(folder, entry)
        if entry.endswith('.py'):
            name, ispkg = entry[:-3], False
            if name == '__init__':
                continue
        elif '.' not in entry and os.path.isdir(full):
            if not os.path.isfile(os.path.join(full, '__init__.py')):
                continue
            name, ispkg = entry, True
        else:
            continue
        if not _MODULE_NAME.match(name) or name in seen:
            continue
        seen.add(name)
        yield name, ispkg


def _iter_finder_modules(finder, prefix=''):
    custom = getattr(finder, 'iter_modules', None)
    if custom is not None:
        yield from custom(prefix)
        return
    folder = getattr(finder, 'path', None)
    if not isinstance(folder, str):
        return
    if folder == _EMBEDDED or folder.startswith(_EMBEDDED + '/'):
        found = sorted(_embedded_modules(folder))
    else:
        found = _folder_modules(folder or '.')
    for name, ispkg in found:
        yield prefix + name, ispkg


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module on path (sys.path when None), each name once."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        importers = map(get_importer, path)
    yielded = set()
    for finder in importers:
        for name, ispkg in _iter_finder_modules(finder, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module on path and, recursively, inside its packages (which are
    imported to find their __path__; onerror(name) is called when that import fails)."""
    seen = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            sub_path = getattr(sys.modules[info.name], '__path__', None) or []
            sub_path = [p for p in sub_path if p not in seen]
            seen.update(sub_path)
            yield from walk_packages(sub_path, info.name + '.', onerror)


def get_loader(module_or_name):
    """The loader of a module (imported) or a module name (found, its parent imported)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        spec = getattr(module_or_name, '__spec__', None)
        if spec is None:
            return None
        fullname = module_or_name.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader that would import fullname, or None."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError('Error while finding loader for {!r} ({}: {})'.format(
            fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path) inside package, through its loader's
    get_data(); None when the package or its loader cannot say."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib._bootstrap._load(spec)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


def extend_path(path, name):
    """A package's __path__ extended with the folder of the same package in every other sys.path
    entry (and the lines of any name.pkg file there), so a package can span several folders."""
    if not isinstance(path, list):
        return path
    package_folder = os.path.join(*name.split('.'))
    search = sys.path
    if '.' in name:
        parent = name.rpartition('.')[0]
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
        package_folder = name.rpartition('.')[2]
    path = path[:]
    for entry in search:
        if not isinstance(entry, str) or not os.path.isdir(entry or '.'):
            continue
        candidate = os.path.join(entry, package_folder)
        if candidate not in path and os.path.isdir(candidate):
            path.append(candidate)
        listing = os.path.join(entry, package_folder.rpartition(os.sep)[2] + '.pkg')
        if os.path.isfile(listing):
            try:
                f = open(listing)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if line and not line.startswith('#'):
                            path.append(line)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """The object a 'pkg.mod:attr.sub' or 'pkg.mod.attr' string names, importing as needed.
    ValueError for a malformed name, ImportError/AttributeError when it does not resolve."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        ident = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{ident})(?P<cln>:(?P<obj>{ident})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        obj = importlib.import_module(groups['pkg'])
        parts = groups.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            attempt = modname + '.' + parts[0]
            try:
                obj = importlib.import_module(attempt)
            except ImportError:
                break
            parts.pop(0)
            modname = attempt
    for attr in parts:
        obj = getattr(obj, attr)
    return obj
