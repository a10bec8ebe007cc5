# importlib.machinery: the spec, loader and finder classes (defined in importlib._bootstrap).
# CPython counterpart: Lib/importlib/machinery.py.
from ._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter, SourceFileLoader,
                         SourcelessFileLoader, ExtensionFileLoader, NamespaceLoader, PathFinder,
                         FileFinder)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
