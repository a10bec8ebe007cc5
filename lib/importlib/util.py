# importlib.util: find_spec, spec_from_file_location, module_from_spec, resolve_name.
# CPython counterpart: Lib/importlib/util.py.
import sys
import _imp
from ._bootstrap import spec_from_file_location, spec_from_loader, module_from_spec, _resolve_name

MAGIC_NUMBER = b'\xa7\r\r\n'


def resolve_name(name, package):
    if name[:1] != '.':
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    # The leading dots are the level: one dot is the package itself.
    bare = name.lstrip('.')
    return _resolve_name(bare, package, len(name) - len(bare))


def _spec_of_loaded(fullname, name):
    module = sys.modules[fullname]
    if module is None:
        return None
    spec = getattr(module, '__spec__', _UNSET)
    if spec is _UNSET:
        raise ValueError('{}.__spec__ is not set'.format(name))
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


_UNSET = object()


def find_spec(name, package=None):
    target = name if name[:1] != '.' else resolve_name(name, package)
    if target in sys.modules:
        # Already imported: its own spec (no search).
        return _spec_of_loaded(target, name)
    parent, _, _ = target.rpartition('.')
    search_path = None
    if parent:
        # A submodule is searched for on its (imported) parent package's __path__.
        package_module = __import__(parent, fromlist=['__path__'])
        try:
            search_path = package_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {target!r}",
                name=target) from e
    return _imp.find_spec(target, search_path)


def source_hash(source_bytes):
    return hash(source_bytes).to_bytes(8, 'little', signed=True)


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] or tail
    return f'{head}/__pycache__/{base}.pygen-311.pyc' if head else f'__pycache__/{base}.pygen-311.pyc'


def source_from_cache(path):
    """The source file a cache_from_source() path stands for: dir/__pycache__/name.TAG.pyc -> dir/name.py."""
    head, _, pycache_filename = path.rpartition('/')
    head, _, pycache = head.rpartition('/')
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base = pycache_filename.split('.', 1)[0]
    name = base + '.py'
    return f'{head}/{name}' if head else name
