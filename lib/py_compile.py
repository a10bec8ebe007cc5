"""py_compile: check that a source file compiles.

pygen keeps no bytecode files: compile() compiles the source (so syntax
errors are reported as CPython reports them) and returns the path the
cache file would have, without writing it."""

import builtins
import importlib.util
import os
import sys

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


def _describe(exc_type, exc_value, file):
    # A SyntaxError is shown as a traceback would show it, naming the file; anything else
    # gets a one-line "Sorry" note.
    if exc_type is not SyntaxError:
        return "Sorry: %s: %s" % (exc_type.__name__, exc_value)
    import traceback
    shown = ''.join(traceback.format_exception_only(exc_type, exc_value))
    return shown.replace('File "<string>"', 'File "%s"' % (file,))


class PyCompileError(Exception):
    """A source file failed to compile: exc_type_name, exc_value, file, msg."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        text = msg or _describe(exc_type, exc_value, file)
        Exception.__init__(self, text, exc_type.__name__, exc_value, file)
        self.exc_type_name, self.exc_value, self.file, self.msg = (exc_type.__name__, exc_value,
                                                                   file, text)

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None,
            quiet=0):
    shown_name = dfile or file
    with open(file, 'rb') as source_file:
        source = source_file.read()
    try:
        builtins.compile(source, shown_name, 'exec')
    except Exception as err:
        failure = PyCompileError(type(err), err, shown_name)
        # quiet=2 says nothing at all; doraise raises instead of writing to stderr.
        if quiet < 2:
            if doraise:
                raise failure
            sys.stderr.write(failure.msg + '\n')
        return None
    # Nothing is written: the answer is where the cache file would go.
    return importlib.util.cache_from_source(file) if cfile is None else cfile


def main():
    rv = 0
    for filename in sys.argv[1:]:
        try:
            if compile(filename, doraise=True) is None:
                rv = 1
        except (PyCompileError, OSError) as error:
            rv = 1
            sys.stderr.write("%s\n" % error)
    return rv


if __name__ == "__main__":
    sys.exit(main())
