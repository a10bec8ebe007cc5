# The Python side of the import system: ModuleSpec, the loaders and finders that importlib shows,
# and loading through a spec that a user finder (sys.meta_path) returned. Finding and loading the
# ordinary modules is done in C++ (src/vm/import.cpp, exposed as _imp); this module gives the
# results CPython's shape. CPython counterpart: Lib/importlib/_bootstrap.py, _bootstrap_external.py.
import _imp
import sys


# The attributes two specs must agree on to be equal, in the order they are compared.
_SPEC_IDENTITY = ('name', 'loader', 'origin', 'submodule_search_locations', 'cached',
                  'has_location')


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name, self.loader, self.origin = name, loader, origin
        self.loader_state = loader_state
        # A package searches its own directory list for submodules; a plain module has none.
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            parts.append('origin=%r' % (self.origin,))
        locations = self.submodule_search_locations
        if locations is not None:
            parts.append('submodule_search_locations=%s' % (locations,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        try:
            return all(getattr(self, attr) == getattr(other, attr) for attr in _SPEC_IDENTITY)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        # A package is its own parent; a module's is the package part of its dotted name.
        if self.submodule_search_locations is not None:
            return self.name
        package, _, _ = self.name.rpartition('.')
        return package

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = True if value else False


class BuiltinImporter:
    """Meta path import for built-in modules."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')

    @staticmethod
    def create_module(spec):
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """The standard library embedded in the pygen binary (lib/)."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        return _imp.find_spec(fullname, path) if _imp.is_frozen(fullname) else None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        exec(_imp.get_frozen_object(name), module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        return _imp.get_frozen_source(fullname)


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        return _imp.read_file(path)

    def create_module(self, spec):
        return None

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path).decode('utf-8'), self.path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _imp.import_absolute(fullname)


class SourceFileLoader(FileLoader):
    pass


class SourcelessFileLoader(FileLoader):
    pass


class ExtensionFileLoader(FileLoader):
    pass


class _NamespacePath(list):
    def __repr__(self):
        return f'_NamespacePath({list.__repr__(self)})'


class NamespaceLoader:
    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class PathFinder:
    """Finds modules on sys.path or a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _imp.find_spec(fullname, path, True)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        # '' and '.' are the current folder, a relative path is taken from it (3.11's FileFinder
        # keeps the absolute name, not normalised).
        if not path or path == '.':
            path = _imp.getcwd()
        elif not path.startswith('/') and not path.startswith('<'):
            path = _imp.getcwd() + '/' + path
        self.path = path

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def find_spec(self, fullname, target=None):
        return _imp.find_spec(fullname, [self.path], True)

    def invalidate_caches(self):
        pass


# Called by the C++ import code: the spec of a module it found. kind is 'builtin', 'frozen',
# 'source', 'package' or 'namespace'.
def _spec_for(name, kind, origin, locations):
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
        spec.submodule_search_locations = locations     # None for a plain module
        return spec
    if kind == 'namespace':
        loader = NamespaceLoader(name, locations)
        spec = ModuleSpec(name, loader, is_package=True)
        spec.submodule_search_locations = _NamespacePath(locations)
        return spec
    return spec_from_file_location(name, origin, submodule_search_locations=locations)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        location = _imp.fspath(location)
        if not location.startswith('/'):
            location = _imp.getcwd() + '/' + location
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    # A loader that knows its file gives a file-location spec.
    if not origin and hasattr(loader, 'get_filename'):
        extra = {}
        if is_package is not None:
            extra['submodule_search_locations'] = [] if is_package else None
        return spec_from_file_location(name, loader=loader, **extra)
    if is_package is None:
        # Ask the loader; one that cannot say is taken as a plain module.
        asker = getattr(loader, 'is_package', None)
        if asker is None:
            is_package = False
        else:
            try:
                is_package = asker(name)
            except ImportError:
                is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _init_module_attrs(spec, module, override=False):
    def fill(attr, value):
        # An attribute the module already has stays, unless override (a reload) is set.
        if override or getattr(module, attr, None) is None:
            setattr(module, attr, value)

    fill('__name__', spec.name)
    fill('__loader__', spec.loader)
    fill('__package__', spec.parent)
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        fill('__path__', spec.submodule_search_locations)
    if spec.has_location:
        fill('__file__', spec.origin)
        fill('__cached__', spec.cached)
    return module


def module_from_spec(spec):
    loader = spec.loader
    made = None
    if hasattr(loader, 'create_module'):
        made = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    # create_module returning None asks for a plain module object.
    return _init_module_attrs(spec, type(sys)(spec.name) if made is None else made)


# Loads a module from a spec that a sys.meta_path finder returned (called by the C++ import).
def _load(spec):
    module = module_from_spec(spec)
    name, loader = spec.name, spec.loader
    spec._initializing = True
    # In sys.modules before its code runs, so that circular imports find it.
    sys.modules[name] = module
    try:
        if loader is not None:
            if hasattr(loader, 'exec_module'):
                loader.exec_module(module)
            else:
                loader.load_module(name)
        elif spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=name)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        spec._initializing = False
    # The module may have replaced itself in sys.modules.
    return sys.modules[name]


def _exec(spec, module):
    """Runs the spec's loader on an existing module (importlib.reload)."""
    name = spec.name
    current = sys.modules.get(name)
    if current is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    _init_module_attrs(spec, module, True)
    loader = spec.loader
    if loader is not None:
        loader.exec_module(module)
    return sys.modules[name]


def _resolve_name(name, package, level):
    # Each level above one drops a trailing component of the package.
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return parts[0] + '.' + name if name else parts[0]


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    elif not name:
        raise ValueError('Empty module name')
    if level > 0:
        name = _resolve_name(name, package, level)
    return _imp.import_absolute(name)
