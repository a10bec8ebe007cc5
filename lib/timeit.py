# timeit: timing small pieces of code (Timer, timeit, repeat, autorange) and the command line
# (python -m timeit). The statement is compiled once into a function that loops over it, so the
# loop itself costs as little as possible. The module docstring is the command line's help
# text, as in CPython; it is built from the option table below.
# Written for pygen from the Python 3.11 documentation.

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'      # the file name the timed code is compiled under
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# (option, what it does): the help lines, first line and continuation lines.
_OPTION_HELP = [
    ('-n/--number N', ["how many times to execute 'statement' (default: see below)"]),
    ('-r/--repeat N', ['how many times to repeat the timer (default 5)']),
    ('-s/--setup S', ["statement to be executed once initially (default 'pass').",
                      'Execution time of this setup statement is NOT timed.']),
    ('-p/--process', ['use time.process_time() (default is time.perf_counter())']),
    ('-v/--verbose', ['print raw timing results; repeat for more digits precision']),
    ('-u/--unit', ['set the output time unit (nsec, usec, msec, or sec)']),
    ('-h/--help', ['print this usage message and exit']),
    ('--', ['separate options from statement, use when statement starts with -']),
    ('statement', ["statement to be timed (default 'pass')"]),
]
_NOTES = [
    ['A multi-line statement may be given by specifying each line as a',
     'separate argument; indented lines are possible by enclosing an',
     'argument in quotes and using leading spaces.  Multiple -s options are',
     'treated similarly.'],
    ['If -n is not given, a suitable number of loops is calculated by trying',
     'increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the',
     'total time is at least 0.2 seconds.'],
]


def _help_text():
    out = ['Tool for measuring execution time of small code snippets.', '',
           'Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]',
           '', 'Options:']
    for option, lines in _OPTION_HELP:
        head = '  %s: ' % option
        out.append(head + lines[0])
        out.extend(' ' * len(head) + more for more in lines[1:])
    for paragraph in _NOTES:
        out.append('')
        out.extend(paragraph)
    return '\n'.join(out) + '\n'


__doc__ = _help_text()


def reindent(src, indent):
    """src with each line after the first indented by indent more spaces."""
    return src.replace('\n', '\n' + ' ' * indent)


# The timed function. Its line numbers show in tracebacks (print_exc): keep the layout.
_TEMPLATE_LINES = [
    'def inner(_it, _timer{init}):',
    '    {setup}',
    '    _t0 = _timer()',
    '    for _i in _it:',
    '        {stmt}',
    '        pass',
    '    _t1 = _timer()',
    '    return _t1 - _t0',
]


def _as_code(part, name, extra_args, namespace, check_prefix, depth):
    """(source text, prefix for checking the statement) of setup or stmt.

    A string is compiled alone first, so that a syntax error points at the user's text;
    a callable is passed to the timed function as an argument and called."""
    if isinstance(part, str):
        compile(check_prefix + part, dummy_src_name, 'exec')
        return reindent(part, depth)
    if callable(part):
        namespace['_' + name] = part
        extra_args.append(', _{0}=_{0}'.format(name))
        return '_%s()' % name
    raise ValueError('%s is neither a string nor callable' % name)


class Timer:
    """Times stmt (a string or a callable) after setup, in a function compiled once."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        extra_args = []
        setup_code = _as_code(setup, 'setup', extra_args, namespace, '', 4)
        # A string statement is checked together with a string setup (names it defines).
        prefix = setup + '\n' if isinstance(setup, str) else ''
        stmt_code = _as_code(stmt, 'stmt', extra_args, namespace, prefix, 8)
        src = '\n'.join(_TEMPLATE_LINES).format(init=''.join(extra_args), setup=setup_code,
                                                stmt=stmt_code) + '\n'
        self.src = src
        scope = _globals() if globals is None else globals
        exec(compile(src, dummy_src_name, 'exec'), scope, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Print the traceback of the last exception with the timed source lines shown."""
        import linecache, traceback
        if self.src is not None:
            lines = self.src.split('\n')
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run stmt number times (the garbage collector off meanwhile)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat timings of number runs each."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... that takes at
        least 0.2 seconds."""
        decade = 1
        while True:
            for step in (1, 2, 5):
                number = decade * step
                seconds = self.timeit(number)
                if callback:
                    callback(number, seconds)
                if seconds >= 0.2:
                    return (number, seconds)
            decade *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Seconds to run stmt number times after setup (see Timer)."""
    timer_obj = Timer(stmt, setup, timer, globals)
    return timer_obj.timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """repeat timings of number runs of stmt after setup (see Timer)."""
    timer_obj = Timer(stmt, setup, timer, globals)
    return timer_obj.repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _show_time(seconds, unit, digits):
    """seconds in unit, or in the largest unit it reaches (nsec at least)."""
    if unit is None:
        unit = 'nsec'
        for name, size in sorted(_UNITS.items(), key=lambda item: -item[1]):
            if seconds >= size:
                unit = name
                break
    return '%.*g %s' % (digits, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line: [-n N] [-r N] [-s S] [-p] [-u U] [-v] [-h] [statement ...]."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    long_options = ['number=', 'setup=', 'repeat=', 'time', 'clock', 'process', 'verbose',
                    'unit=', 'help']
    try:
        opts, words = getopt.getopt(args, 'n:u:s:r:tcpvh', long_options)
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    number = 0          # 0: let autorange choose
    setup_lines = []
    repetitions = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for flag, value in opts:
        if flag in ('-n', '--number'):
            number = int(value)
        if flag in ('-s', '--setup'):
            setup_lines.append(value)
        if flag in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
            unit = value
        if flag in ('-r', '--repeat'):
            repetitions = max(int(value), 1)
        if flag in ('-p', '--process'):
            timer = time.process_time
        if flag in ('-v', '--verbose'):
            # Every -v after the first shows one more digit.
            digits += 1 if verbose else 0
            verbose += 1
        if flag in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    # Local imports of the timed code should work from the current folder.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    stmt = '\n'.join(words) or 'pass'
    timer_obj = Timer(stmt, '\n'.join(setup_lines) or 'pass', timer)
    if number == 0:
        report = None
        if verbose:
            def report(count, seconds):
                print('{} loop{} -> {:.{}g} secs'.format(count, '' if count == 1 else 's',
                                                         seconds, digits))
        try:
            number, _ = timer_obj.autorange(report)
        except:
            timer_obj.print_exc()
            return 1
        if verbose:
            print()
    try:
        totals = timer_obj.repeat(repetitions, number)
    except:
        timer_obj.print_exc()
        return 1
    show = lambda seconds: _show_time(seconds, unit, digits)
    if verbose:
        print('raw times: ' + ', '.join(show(t) for t in totals))
        print()
    per_loop = [t / number for t in totals]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, '' if number == 1 else 's', repetitions, show(best)))
    if worst >= best * 4:
        import warnings
        text = ('The test results are likely unreliable. The worst time (%s) was %f times '
                'slower than the best time (%s).' % (show(worst), worst / best, show(best)))
        warnings.warn_explicit(text, UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
