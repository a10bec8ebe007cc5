"""importlib.abc: the abstract base classes of the import system's finders and loaders, for
programs that write their own (a sys.meta_path finder, a loader of generated source).
Written for pygen from the 3.11 documentation; the concrete classes in importlib.machinery are
registered as their implementations, as in CPython.
"""

import abc
import sys

from . import _bootstrap
from . import machinery

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader',
           'ResourceReader', 'Traversable', 'TraversableResources']


class Loader(metaclass=abc.ABCMeta):
    """Loads modules: create_module() makes the module object, exec_module() runs its code."""

    def create_module(self, spec):
        """None: let the import system create a plain module."""
        return None

    def load_module(self, fullname):
        """The old way of loading, kept for loaders that only define exec_module()."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = _bootstrap.spec_from_loader(fullname, self)
        return _bootstrap._load(spec)

    def module_repr(self, module):
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """Legacy base of the finders (deprecated since 3.3, still importable)."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on sys.meta_path: find_spec(fullname, path, target=None) returns a spec or None."""

    def find_module(self, fullname, path):
        # The pre-3.4 protocol answered with a loader; a spec carries one.
        finder = getattr(self, 'find_spec', None)
        spec = None if finder is None else finder(fullname, path)
        return None if spec is None else spec.loader

    def invalidate_caches(self):
        """Drop whatever the finder caches; the default has nothing to drop."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target=None)."""

    def find_loader(self, fullname):
        finder = getattr(self, 'find_spec', None)
        spec = None if finder is None else finder(fullname)
        if spec is None:
            return None, []
        return spec.loader, spec.submodule_search_locations or []

    def find_module(self, fullname):
        return self.find_loader(fullname)[0]

    def invalidate_caches(self):
        """Drop whatever the finder caches; the default has nothing to drop."""


class ResourceLoader(Loader):
    """A loader that can read files by path."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at path; OSError when it cannot be read."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        """Whether the module is a package; ImportError when the loader cannot tell."""
        raise ImportError

    def get_code(self, fullname):
        """The module's code object, compiled from get_source() (None without source)."""
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The module's source text, or None; ImportError when the module is unknown."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile source text or bytes as a module's code."""
        return compile(data, path, mode='exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'.format(module.__name__))
        exec(code, module.__dict__)

    load_module = Loader.load_module


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the module's file."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path the module was loaded from; ImportError when unknown."""
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        if text is None:
            return None
        # Tracebacks name the file when the loader knows it.
        try:
            where = self.get_filename(fullname)
        except ImportError:
            where = '<string>'
        return self.source_to_code(text, where)


class FileLoader(_bootstrap.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of a module in a file: get_filename() and get_data() come from the path."""


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source files: subclasses give get_data() and get_filename()."""

    def path_mtime(self, path):
        """The file's modification time; OSError when unavailable."""
        raise OSError

    def path_stats(self, path):
        """{'mtime': ...} for the file; OSError when unavailable."""
        return dict(mtime=self.path_mtime(path))

    def set_data(self, path, data):
        """Write data to path (for bytecode caches); the default writes nothing."""

    def get_source(self, fullname):
        try:
            raw = self.get_data(self.get_filename(fullname))
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return raw.decode('utf-8')

    def get_code(self, fullname):
        where = self.get_filename(fullname)
        return self.source_to_code(self.get_data(where), where)

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'


# Which concrete classes of importlib.machinery count as implementations of which interface.
for _abstract, _names in ((MetaPathFinder, 'BuiltinImporter FrozenImporter PathFinder'),
                          (PathEntryFinder, 'FileFinder'),
                          (Loader, 'NamespaceLoader'),
                          (InspectLoader, 'BuiltinImporter FrozenImporter NamespaceLoader'),
                          (ExecutionLoader, 'ExtensionFileLoader'),
                          (FileLoader, 'SourceFileLoader SourcelessFileLoader ExtensionFileLoader'),
                          (SourceLoader, 'SourceFileLoader'),
                          (ResourceLoader, 'SourceFileLoader SourcelessFileLoader')):
    for _name in _names.split():
        _abstract.register(getattr(machinery, _name))
del _abstract, _names, _name


def __getattr__(name):
    # The resource ABCs live in importlib.resources.abc since 3.11; the old names still work here.
    if name in ('ResourceReader', 'Traversable', 'TraversableResources'):
        from .resources import abc as resources_abc
        return getattr(resources_abc, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
