# pstats: reading, combining, sorting and printing the statistics profile and cProfile record
# (key (file, line, function) -> (primitive calls, calls, own time, cumulative time, callers)).
# The report layout is CPython's, column for column. CPython counterpart: Lib/pstats.py (its
# interactive browser, run as a script, is not carried over).
import sys
import os
import re
import marshal
from enum import StrEnum
from functools import cmp_to_key
from dataclasses import dataclass

__all__ = ['Stats', 'SortKey', 'FunctionProfile', 'StatsProfile']


class SortKey(StrEnum):
    """The sort_stats keys; each also answers to its alternative spelling."""
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = ('cumulative', 'cumtime')
    FILENAME = ('filename', 'module')
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    ncalls: str
    tottime: float
    percall_tottime: float
    cumtime: float
    percall_cumtime: float
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    """What get_stats_profile returns: the total time and one FunctionProfile per function."""
    total_tt: float
    func_profiles: dict


# Sort keys: the fields of a row (primitive calls, calls, own time, cumulative time, file,
# line, name, standard name) with their direction (-1: largest first), and the words
# print_stats shows for them.
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}

# What sort_stats(n) meant to the old profiler.
_OLD_SORT_NUMBERS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


class Stats:
    """Stats(profile or file name, ..., stream=None): statistics gathered from profilers or
    from files written by dump_stats, summed; sort_stats orders them and print_stats,
    print_callers and print_callees report them on stream (sys.stdout by default)."""

    sort_arg_dict_default = _SORT_KEYS

    def __init__(self, *args, stream=None):
        self.stream = sys.stdout if stream is None or not stream else stream
        first = args[0] if args else None
        self.init(first)
        self.add(*args[1:])

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_arg_dict = {}
        self.load_stats(arg)
        try:
            self.get_top_level_stats()
        except Exception:
            print("Invalid timing data %s" % (self.files[-1] if self.files else ''), file=self.stream)
            raise

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                import time
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, row in self.stats.items():
            self.prim_calls += row[0]
            self.total_calls += row[1]
            self.total_tt += row[2]
            # The old 'jprofile' profiler marked its top-level functions this way.
            if ('jprofile', 0, 'profiler') in row[4]:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        """Adds the statistics of more profiles or files to these."""
        for item in arg_list[::-1]:
            other = item if type(item) == type(self) else Stats(item)
            self.files += other.files
            for name in ('total_calls', 'prim_calls', 'total_tt'):
                setattr(self, name, getattr(self, name) + getattr(other, name))
            self.top_level.update(other.top_level)
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            self.fcn_list = None
            for func, row in other.stats.items():
                mine = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(mine, row)
        return self

    def dump_stats(self, filename):
        """Writes the statistics (marshal) for Stats(filename) to read back."""
        with open(filename, 'wb') as out:
            marshal.dump(self.stats, out)

    def get_sort_arg_defs(self):
        """The sort keys, with every unambiguous abbreviation of each."""
        if not self.sort_arg_dict:
            table = {}
            clashes = set()
            for word, meaning in self.sort_arg_dict_default.items():
                for end in range(len(word), 0, -1):
                    prefix = word[:end]
                    if prefix in clashes:
                        break
                    if prefix in table and table[prefix] is not meaning:
                        clashes.add(prefix)
                        break
                    table[prefix] = meaning
            for prefix in clashes:
                table.pop(prefix, None)
            for word, meaning in self.sort_arg_dict_default.items():
                table[word] = meaning
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        """Orders the report by the given keys (strings or SortKey members)."""
        if not field:
            self.fcn_list = 0
            return self
        if isinstance(field[0], int) and len(field) == 1:
            field = [_OLD_SORT_NUMBERS[field[0]]]
        elif len(field) >= 2:
            if any(type(arg) != type(field[0]) for arg in field[1:]):
                raise TypeError("Can't have mixed argument type")
        defs = self.get_sort_arg_defs()
        order = ()
        names = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            order += defs[word][0]
            names.append(defs[word][1])
        self.sort_type = ", ".join(names)
        rows = [row[:4] + func + (func_std_string(func), func) for func, row in self.stats.items()]
        # Stable sorts from the last key to the first: ties keep the earlier order.
        for index, direction in reversed(order):
            rows.sort(key=lambda row: row[index], reverse=direction < 0)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        """Drops the folders from file names (functions that then coincide are merged)."""
        merged = {}
        longest = 0
        for func, old in self.stats.items():
            short = func_strip_path(func)
            longest = max(longest, len(func_std_string(short)))
            row = old[:4] + ({func_strip_path(caller): value for caller, value in old[4].items()},)
            merged[short] = add_func_stats(merged[short], row) if short in merged else row
        self.stats = merged
        self.top_level = {func_strip_path(func) for func in self.top_level}
        self.max_name_len = longest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        callees = self.all_callees = {}
        for func, row in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in row[4].items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, list, msg):
        """Applies one restriction: a regular expression, a fraction, or a count."""
        chosen = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                return chosen, msg + f"   <Invalid regular expression {sel!r}>\n"
            chosen = [func for func in list if pattern.search(func_std_string(func))]
        else:
            count = len(list)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                chosen = list[:int(count * sel + .5)]
            elif isinstance(sel, int) and 0 <= sel < count:
                chosen = list[:sel]
        if len(list) != len(chosen):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (len(list), len(chosen), sel)
        return chosen, msg

    def get_stats_profile(self):
        """The statistics as a StatsProfile of FunctionProfile objects."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        if not funcs:
            return StatsProfile(0, {})
        total = float(f8(self.total_tt))
        profiles = {}
        for func in funcs:
            cc, nc, tt, ct = self.stats[func][:4]
            filename, line, name = func
            ncalls = str(nc) if nc == cc else f'{nc}/{cc}'
            profiles[name] = FunctionProfile(
                ncalls, float(f8(tt)), float(f8(tt / nc)) if nc else 0.0, float(f8(ct)),
                float(f8(ct / cc)) if cc else 0.0, filename, line)
        return StatsProfile(total, profiles)

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = list(self.fcn_list)
            msg = f"   Ordered by: {self.sort_type}\n"
        else:
            funcs = list(self.stats)
            msg = '   Random listing order was used\n'
        for selection in sel_list:
            funcs, msg = self.eval_print_amount(selection, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(func)) for func in funcs)
        return width + 2, funcs

    def print_stats(self, *amount):
        """The report: totals, then one line per function (restricted by amount)."""
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        margin = ' ' * 8
        for func in self.top_level:
            print(margin, func_get_function_name(func), file=out)
        print(margin, self.total_calls, "function calls", end=' ', file=out)
        if self.prim_calls != self.total_calls:
            print(f"({self.prim_calls} primitive calls)", end=' ', file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        """For each function, the functions it called."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, 'called...')
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        """For each function, the functions that called it."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, 'was called by...')
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        self.stream.write('Function '.ljust(name_size) + column_title + '\n')
        # cProfile's callers carry timings (tuples), profile's only counts: columns for the first.
        detailed = False
        for row in self.stats.values():
            if row[4]:
                detailed = isinstance(next(iter(row[4].values())), tuple)
                break
        if detailed:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        self.stream.write(func_std_string(source).ljust(name_size) + arrow + ' ')
        if not call_dict:
            print(file=self.stream)
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            lead = '' if first else ' '
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                counts = '%d' % nc if nc == cc else '%d/%d' % (nc, cc)
                text = '%s %s %s  %s' % (counts.rjust(7 + 2 * len(lead)), f8(tt), f8(ct), name)
                pad = name_size + 1
            else:
                text = '%s(%r) %s' % (name, value, f8(self.stats[func][3]))
                pad = name_size + 3
            print(lead * pad + text, file=self.stream)
            first = False

    def print_title(self):
        self.stream.write('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\n')

    def print_line(self, func):
        cc, nc, tt, ct = self.stats[func][:4]
        calls = str(nc) if nc == cc else f'{nc}/{cc}'
        out = self.stream
        print(calls.rjust(9), end=' ', file=out)
        print(f8(tt), end=' ', file=out)
        print(f8(tt / nc) if nc else ' ' * 8, end=' ', file=out)
        print(f8(ct), end=' ', file=out)
        print(f8(ct / cc) if cc else ' ' * 8, end=' ', file=out)
        print(func_std_string(func), file=out)


class TupleComp:
    """Compares rows field by field, each field ascending (1) or descending (-1)."""

    def __init__(self, comp_select_list):
        self.comp_select_list = list(comp_select_list)

    def compare(self, left, right):
        for index, direction in list(self.comp_select_list):
            a, b = left[index], right[index]
            if a < b:
                return -direction
            if a > b:
                return direction
        return 0


def func_strip_path(func_name):
    return (os.path.basename(func_name[0]),) + tuple(func_name[1:])


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """'file:line(function)'; built-ins ('~', 0, '<name>') print as '{name}'."""
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name[:1] == '<' and name[-1:] == '>':
            return '{' + name[1:-1] + '}'
        return name
    filename, line, name = func_name
    return f'{filename}:{line}({name})'


def add_func_stats(target, source):
    """The sum of two rows."""
    sums = tuple(a + b for a, b in zip(source[:4], target[:4]))
    return sums + (add_callers(target[4], source[4]),)


def add_callers(target, source):
    """The sum of two caller tables (counts, or cProfile's tuples of four)."""
    merged = dict(target)
    for func, value in source.items():
        if func not in merged:
            merged[func] = value
        elif isinstance(value, tuple):
            merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
        else:
            merged[func] += value
    return merged


def count_calls(callers):
    """The number of calls recorded in a caller table of counts."""
    return sum(callers.values())


def f8(x):
    return "%8.3f" % x
