# profile: a deterministic profiler on sys.setprofile. Each Python call and each call of a
# built-in function is timed; the results (Profile.stats) are the dictionary pstats reads.
# cProfile (lib/cProfile.py) is the same recorder under CPython's C profiler's names and API.
# CPython counterpart: Lib/profile.py.
import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Entry:
    """Counts for one function, or for one (caller, callee) pair."""

    __slots__ = ('calls', 'recursive_calls', 'inline_time', 'total_time', 'active')

    def __init__(self):
        self.calls = 0
        self.recursive_calls = 0      # calls made while the same function (or pair) was running
        self.inline_time = 0          # time in the function itself, callees excluded
        self.total_time = 0           # time including callees, outermost activations only
        self.active = 0               # activations currently on the stack


class _Recorder:
    """The timing engine: a stack of running calls fed by the sys.setprofile events."""

    def __init__(self, timer, unit):
        self._timer = timer
        self._unit = unit             # seconds per timer tick
        self._clear()

    def _clear(self):
        self._entries = {}            # key -> _Entry
        self._pairs = {}              # (caller key, callee key) -> _Entry
        self._stack = []              # [key, start, time in callees, frame or None, pair or None]

    _bias = 0          # timer units the hook itself costs per event (profile's calibrated bias)
    _events = 0        # events recorded so far, each of which costs _bias

    def _now(self):
        value = self._timer()
        if isinstance(value, (tuple, list)):
            value = sum(value)
        return value - self._bias * self._events

    def _start(self, key, frame):
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.active += 1
        pair = None
        if self._stack:
            link = (self._stack[-1][0], key)
            pair = self._pairs.get(link)
            if pair is None:
                pair = self._pairs[link] = _Entry()
            pair.active += 1
        self._stack.append([key, self._now(), 0, frame, entry, pair])

    def _stop(self):
        key, started, in_callees, frame, entry, pair = self._stack.pop()
        elapsed = self._now() - started
        if self._stack:
            self._stack[-1][2] += elapsed
        for counts in (entry, pair):
            if counts is None:
                continue
            counts.active -= 1
            if counts.active:
                counts.recursive_calls += 1
            else:
                counts.total_time += elapsed
            counts.inline_time += elapsed - in_callees
            counts.calls += 1

    def _flush(self):
        while self._stack:
            self._stop()

    def _builtin_key(self, func):
        raise NotImplementedError

    def _event(self, frame, event, arg):
        """The sys.setprofile hook."""
        self._events += 1
        if event == 'call':
            code = frame.f_code
            if code in _HIDDEN_CODES:
                # The profiler's own way out: cProfile's disable() is reported as CPython's
                # C method is; the pure-Python profiler's _end is not reported.
                if code is _DISABLE_CODE:
                    self._start(self._disable_key(), None)
            else:
                self._start((code.co_filename, code.co_firstlineno, code.co_name), frame)
        elif event == 'return':
            # Returns from frames entered before profiling began are not ours.
            stack = self._stack
            if stack and stack[-1][3] is frame:
                self._stop()
        elif event == 'c_call':
            if type(arg) is _BUILTIN_TYPE and not self._ignored(arg):
                self._start(self._builtin_key(arg), arg)
        else:                       # c_return, c_exception
            stack = self._stack
            if stack and stack[-1][3] is arg:
                self._stop()

    def _ignored(self, func):
        return False

    def _disable_key(self):
        return None

    def _snapshot(self, caller_value):
        """The pstats dictionary: key -> (primitive calls, calls, inline, total, callers)."""
        unit = self._unit
        stats = {}
        for key, e in self._entries.items():
            stats[key] = (e.calls - e.recursive_calls, e.calls, e.inline_time * unit,
                          e.total_time * unit, {})
        for (caller, callee), p in self._pairs.items():
            if callee in stats and p.calls:
                stats[callee][4][caller] = caller_value(p, unit)
        return stats


_BUILTIN_TYPE = type(len)
_DISABLE_CODE = None        # set by cProfile: the code of its Profile.disable
_HIDDEN_CODES = set()       # code objects of the profilers' own methods that stop profiling


def _builtin_name(func):
    return getattr(func, '__name__', repr(func))


class Profile(_Recorder):
    """Profiles a command or a call: run, runctx, runcall; then print_stats or dump_stats."""

    def __init__(self, timer=None, bias=None):
        self.bias = self._bias = bias or 0
        self.timer = timer or time.process_time
        super().__init__(self.timer, 1)
        self.stats = {}
        # The pure-Python profiler's bookkeeping entries: 'profiler', which is never called,
        # calls the command being profiled.
        self._entries[('profile', 0, 'profiler')] = _Entry()

    def _builtin_key(self, func):
        return ('', 0, _builtin_name(func))

    def _begin(self, label):
        if not isinstance(label, str):
            label = repr(label)     # a compiled command: its repr, so that marshal can save it
        self._start(('profile', 0, label), None)
        self._stack[-1][5] = self._pairs.setdefault((('profile', 0, 'profiler'), ('profile', 0, label)), _Entry())
        self._stack[-1][5].active += 1
        sys.setprofile(self._event)

    def _end(self):
        sys.setprofile(None)
        self._flush()

    def run(self, cmd):
        """Profiles exec(cmd) in __main__'s namespace."""
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        """Profiles exec(cmd, globals, locals)."""
        self._begin(cmd)
        try:
            exec(cmd, globals, locals)
        finally:
            self._end()
        return self

    def runcall(self, func, /, *args, **kw):
        """Profiles func(*args, **kw) and returns its result."""
        self._begin(repr(func))
        try:
            return func(*args, **kw)
        finally:
            self._end()

    def snapshot_stats(self):
        self.stats = self._snapshot(lambda pair, unit: pair.calls)

    def create_stats(self):
        self._flush()
        self.snapshot_stats()

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def calibrate(self, m, verbose=0):
        """The profiler's own overhead per event, in timer units (the bias to subtract)."""
        if self.timer is not time.process_time and self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        start = self.timer()
        for _ in range(m):
            pass
        plain = self.timer() - start
        start = self.timer()
        self.runcall(lambda: [None for _ in range(m)])
        profiled = self.timer() - start
        return max(profiled - plain, 0) / (2 * max(m, 1))


_HIDDEN_CODES.add(Profile._end.__code__)


def _run_with(profiler, statement, filename, sort, namespace=None):
    try:
        if namespace is None:
            profiler.run(statement)
        else:
            profiler.runctx(statement, *namespace)
    except SystemExit:
        pass
    finally:
        if filename is not None:
            profiler.dump_stats(filename)
        else:
            profiler.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__, then prints the report or saves it to filename."""
    return _run_with(Profile(), statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), in the given namespaces."""
    return _run_with(Profile(), statement, filename, sort, (globals, locals))


def _main(profiler_class, prog, checked_sort=False):
    """The command line: PROG [-o output_file] [-s sort] (-m module | scriptfile) [arg] ..."""
    import os
    from optparse import OptionParser
    usage = f"{prog} [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile", help="Save stats to <outfile>", default=None)
    sort_options = {}
    if checked_sort:
        import pstats
        sort_options = {'type': 'choice', 'choices': sorted(pstats.Stats.sort_arg_dict_default)}
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class",
                      default=-1, **sort_options)
    parser.add_option('-m', dest="module", action="store_true",
                      help="Profile a library module.", default=False)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if options.outfile is not None:
        options.outfile = os.path.abspath(options.outfile)
    if not args:
        parser.print_usage()
        return parser
    if options.module:
        import runpy
        code = "run_module(modname, run_name='__main__')"
        namespace = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        script = args[0]
        sys.path.insert(0, os.path.dirname(script))
        with open(script, 'rb') as f:
            code = compile(f.read(), script, 'exec')
        namespace = {'__file__': script, '__name__': '__main__', '__package__': None,
                     '__cached__': None}
    try:
        _run_with(profiler_class(), code, options.outfile, options.sort, (namespace, None))
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


def main():
    return _main(Profile, 'profile.py')


if __name__ == '__main__':
    main()
