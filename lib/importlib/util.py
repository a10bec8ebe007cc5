# importlib.util: find_spec, spec_from_file_location, module_from_spec, resolve_name.
# CPython counterpart: Lib/importlib/util.py.
import sys
import _imp
from ._bootstrap import spec_from_file_location, spec_from_loader, module_from_spec, _resolve_name

MAGIC_NUMBER = b'\xa7\r\r\n'


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _imp.find_spec(fullname, parent_path)
    else:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        else:
            if spec is None:
                raise ValueError('{}.__spec__ is None'.format(name))
            return spec


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
