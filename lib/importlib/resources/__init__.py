"""importlib.resources: reading the data files that ship inside a package.

files(package) gives a Traversable (a pathlib.Path for a package in a folder) to join, open and
read; the older functions (read_text, open_binary, path, contents, ...) are written on top of it.
A loader that offers get_resource_reader() supplies its own files(). Written for pygen from the
3.11 documentation.
"""

import contextlib
import os
import pathlib
import sys
import types

from .abc import ResourceReader, Traversable, TraversableResources

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files', 'is_resource',
           'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = types.ModuleType | str
Resource = str


def _resolve(package):
    """The module a package argument names (a module object or a dotted name)."""
    if isinstance(package, str):
        import importlib
        return importlib.import_module(package)
    return package


def _package_module(package):
    module = _resolve(package)
    spec = getattr(module, '__spec__', None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f'{package!r} is not a package')
    return module



def files(package):
    """A Traversable for the package's resources: its folder, as a pathlib.Path."""
    module = _package_module(package)
    spec = module.__spec__
    reader_of = getattr(spec.loader, 'get_resource_reader', None)
    if reader_of is not None:
        reader = reader_of(spec.name)
        if reader is not None and hasattr(reader, 'files'):
            return reader.files()
    if spec.origin and spec.has_location and os.path.basename(spec.origin).startswith('__init__.'):
        return pathlib.Path(spec.origin).parent
    locations = list(spec.submodule_search_locations)
    if not locations:
        raise TypeError(f'{package!r} is not a package')
    return pathlib.Path(locations[0])


@contextlib.contextmanager
def as_file(path):
    """A context manager giving a real file system path for the Traversable (the same path when
    it already is one; otherwise a temporary copy, removed afterwards)."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    import tempfile
    if path.is_dir():
        with tempfile.TemporaryDirectory() as folder:
            _copy_tree(path, pathlib.Path(folder, path.name))
            yield pathlib.Path(folder, path.name)
        return
    handle, name = tempfile.mkstemp(suffix=path.name)
    try:
        os.write(handle, path.read_bytes())
        os.close(handle)
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _copy_tree(source, target):
    target.mkdir()
    for child in source.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


# ---- The functions before files() (deprecated in 3.11's documentation, still present) ----

def _resource_path(package, resource):
    # A resource is one name inside the package's folder, never a path.
    name = os.fspath(resource)
    parent, file_name = os.path.split(name)
    if parent:
        raise ValueError(f'{resource!r} must be only a file name')
    return files(package) / file_name


def open_binary(package, resource):
    """The resource opened for reading bytes."""
    return _resource_path(package, resource).open('rb')


def read_binary(package, resource):
    """The resource's bytes."""
    return _resource_path(package, resource).read_bytes()


def open_text(package, resource, encoding='utf-8', errors='strict'):
    """The resource opened for reading text."""
    return _resource_path(package, resource).open('r', encoding=encoding, errors=errors)


def read_text(package, resource, encoding='utf-8', errors='strict'):
    """The resource's text."""
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


def contents(package):
    """The names of the entries in the package's folder."""
    return [entry.name for entry in files(package).iterdir()]


def is_resource(package, name):
    """Whether name is a file (not a folder) in the package."""
    return any(entry.name == name and entry.is_file() for entry in files(package).iterdir())


def path(package, resource):
    """A context manager giving the resource's file system path."""
    return as_file(_resource_path(package, resource))
