# runpy: run a module found on the import path (run_module) or a script, folder with a
# __main__.py (run_path) as if it were __main__, and return its resulting globals.
# CPython counterpart: Lib/runpy.py. Zip files given to run_path are not supported (pygen has
# no zipimport); a folder is.
import sys
import os
import importlib.machinery  # noqa: F401  (the import system's spec classes, for callers)
import importlib.util

__all__ = ["run_module", "run_path"]


class _TempModule:
    """Puts a fresh module under a name in sys.modules for the time of a with block."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        if name in sys.modules:
            self._saved.append(sys.modules[name])
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved.pop()
        else:
            del sys.modules[self.mod_name]


class _ModifiedArgv0:
    """Sets sys.argv[0] for the time of a with block."""

    def __init__(self, value):
        self.value = value
        self._saved = self._missing = object()

    def __enter__(self):
        if self._saved is not self._missing:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        sys.argv[0] = self._saved
        self._saved = self._missing


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Executes code in run_globals, set up as the module's namespace; returns run_globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader, fname, cached = None, script_name, None
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    """Runs code in a temporary module that stands in sys.modules meanwhile; a copy of its
    globals comes back."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return namespace.copy()


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; a package means its __main__ submodule."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    parent = mod_name.rpartition(".")[0]
    if parent:
        # The parent package is imported first, as an import of the module would.
        try:
            __import__(parent)
        except ImportError as exc:
            if exc.name is None or (exc.name != parent and not parent.startswith(exc.name + ".")):
                raise
        already = sys.modules.get(mod_name)
        if already is not None and not hasattr(already, "__path__"):
            from warnings import warn
            warn(RuntimeWarning(
                f"{mod_name!r} found in sys.modules after import of package {parent!r}, but "
                f"prior to execution of {mod_name!r}; this may result in unpredictable behaviour"))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        text = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            text += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(text.format(mod_name, type(exc).__name__, exc)) from exc
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as exc:
            if mod_name not in sys.modules:
                raise
            raise error(f"{exc}; {mod_name!r} is a package and cannot be directly executed")
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as exc:
        raise error(format(exc)) from exc
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the module mod_name (found as import would find it) and returns its globals.
    run_name is its __name__ (default mod_name); with alter_sys, sys.argv[0] and
    sys.modules[run_name] reflect it while it runs."""
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, spec)
    return _run_code(code, {}, init_globals, run_name, spec)


def _code_from_file(fname):
    """The code of a script: compiled from source, or read from a .pyc file."""
    path = os.path.abspath(os.fsdecode(fname))
    with open(path, 'rb') as f:
        data = f.read()
    import importlib.util as util
    if data[:4] == util.MAGIC_NUMBER:
        import marshal
        return marshal.loads(data[16:])
    return compile(data, fname, 'exec')


def run_path(path_name, init_globals=None, run_name=None):
    """Runs a script file, or a folder's __main__.py, and returns its globals (a copy).
    run_name is its __name__ (default '<run_path>')."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    if not os.path.isdir(path_name):
        code = _code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                                script_name=path_name)
    # A folder: it goes first on sys.path and its __main__ module is run.
    sys.path.insert(0, path_name)
    try:
        saved_main = sys.modules["__main__"]
        del sys.modules["__main__"]
        try:
            mod_name, spec, code = _get_module_details("__main__")
        except ImportError as exc:
            if "__main__" in str(exc):
                raise ImportError(f"can't find '__main__' module in {path_name!r}") from exc
            raise
        finally:
            sys.modules["__main__"] = saved_main
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = temp.module.__dict__
            return _run_code(code, namespace, init_globals, run_name, spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


class _Error(Exception):
    """A module that cannot be run with -m: reported as one line, without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """What 'python -m mod_name' does: run the module in __main__'s own namespace."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, spec, code = _get_module_details(mod_name, _Error)
        else:
            saved_main = sys.modules.pop("__main__")
            try:
                mod_name, spec, code = _get_module_details("__main__", _Error)
            finally:
                sys.modules["__main__"] = saved_main
    except _Error as exc:
        sys.exit(f"{sys.executable}: {exc}")
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = spec.origin
    return _run_code(code, main_globals, None, "__main__", spec)
