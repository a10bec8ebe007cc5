# cProfile: the profiler under CPython's C profiler's API (enable/disable, getstats-style
# statistics with per-caller timings, context manager). The recorder is profile's
# (lib/profile.py); only the names and the Profile API differ. CPython counterpart:
# Lib/cProfile.py with Modules/_lsprof.c.
import sys
import time
import marshal
import profile as _profile

__all__ = ["run", "runctx", "Profile"]


def _builtin_label(func):
    """CPython's name for a built-in function: by module, or by the type it is a method of."""
    owner = getattr(func, '__self__', None)
    name = func.__name__
    if owner is None or type(owner).__name__ == 'module':
        module = func.__module__
        if isinstance(module, str):
            return f'<built-in method {module}.{name}>'
        return f'<built-in method {name}>'
    kind = type(owner)
    where = kind.__module__
    type_name = kind.__qualname__ if where in ('builtins', None) else f'{where}.{kind.__qualname__}'
    return f"<method '{name}' of '{type_name}' objects>"


class Profile(_profile._Recorder):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True): enable() starts
    recording, disable() stops it; create_stats, print_stats and dump_stats report."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        if timer is None:
            timer = time.perf_counter
            timeunit = 1
        super().__init__(timer, timeunit or 1)
        self._builtins = builtins
        self.stats = {}

    def _builtin_key(self, func):
        return ('~', 0, _builtin_label(func))

    def _ignored(self, func):
        return not self._builtins or (func.__name__ == 'setprofile' and func.__module__ == 'sys')

    def _disable_key(self):
        return ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")

    def __call__(self, frame, event, arg):
        self._event(frame, event, arg)

    def enable(self, subcalls=True, builtins=True):
        """Starts (or resumes) recording on this thread."""
        self._builtins = builtins
        # The profiler itself is the hook, as with CPython's C profiler (sys.getprofile() is it).
        sys.setprofile(self)

    def disable(self):
        """Stops recording; calls still running are closed now."""
        sys.setprofile(None)
        self._flush()

    def clear(self):
        """Forgets everything recorded."""
        self._clear()

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = self._snapshot(
            lambda pair, unit: (pair.calls, pair.calls - pair.recursive_calls,
                                pair.inline_time * unit, pair.total_time * unit))

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_profile._DISABLE_CODE = Profile.disable.__code__
_profile._HIDDEN_CODES.add(Profile.disable.__code__)


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__, then prints the report or saves it to filename."""
    return _profile._run_with(Profile(), statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), in the given namespaces."""
    return _profile._run_with(Profile(), statement, filename, sort, (globals, locals))


def main():
    return _profile._main(Profile, 'cProfile.py', checked_sort=True)


if __name__ == '__main__':
    main()
