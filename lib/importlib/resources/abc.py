"""importlib.resources.abc: the interfaces a package's resources are read through.
Written for pygen from the 3.11 documentation."""

import abc

__all__ = ['ResourceReader', 'Traversable', 'TraversableResources']


class ResourceReader(metaclass=abc.ABCMeta):
    """What a loader's get_resource_reader() returns: access to one package's resources."""

    @abc.abstractmethod
    def open_resource(self, resource):
        """The resource opened for reading bytes; FileNotFoundError when absent."""
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        """The resource's file system path; FileNotFoundError when it has none."""
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        """Whether the name is a file resource of the package."""
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        """The names of the package's entries."""
        raise FileNotFoundError


class Traversable(metaclass=abc.ABCMeta):
    """A file or folder inside a package, walked like a pathlib.Path."""

    @abc.abstractmethod
    def iterdir(self):
        """The entries of this folder."""

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The Traversable for the path below this one."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Open the file for reading, text ('r') or bytes ('rb')."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A ResourceReader whose answers all come from files()."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package's folder."""

    def open_resource(self, resource):
        return (self.files() / resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return (self.files() / path).is_file()

    def contents(self):
        return (entry.name for entry in self.files().iterdir())


def _register_paths():
    import pathlib
    Traversable.register(pathlib.Path)


_register_paths()
