"""py_compile: check that a source file compiles.

pygen keeps no bytecode files: compile() compiles the source (so syntax
errors are reported as CPython reports them) and returns the path the
cache file would have, without writing it."""

import builtins
import importlib.util
import os
import sys

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file failed to compile: exc_type_name, exc_value, file, msg."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            import traceback
            tbtext = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode:
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    if cfile is None:
        cfile = importlib.util.cache_from_source(file)
    with open(file, 'rb') as f:
        source = f.read()
    try:
        builtins.compile(source, dfile or file, 'exec')
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    return cfile


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
