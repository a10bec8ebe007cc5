# "Did you mean" on the last line of a printed NameError or AttributeError (CPython 3.11 adds it
# when printing, through sys.excepthook; str(e) and the traceback module do not), and the
# name attribute NameError carries.
import io
import sys
import traceback


def printed(run):
    try:
        run()
    except BaseException:
        err = io.StringIO()
        saved, sys.stderr = sys.stderr, err
        try:
            sys.excepthook(*sys.exc_info())
        finally:
            sys.stderr = saved
        return err.getvalue().splitlines()[-1]
    return 'no error'


def local_typo():
    counter = 1
    return countr


def cell_not_suggested():
    captured = 1
    def inner():
        return captured
    return capturd


def parameter_typo(argument):
    return argumnt


class Point:
    def __init__(self):
        self.color = 'red'
        self.x_coordinate = 1

    def distance(self):
        return 0


class Slotted:
    __slots__ = ('alpha', 'beta')


class Dynamic:
    def __dir__(self):
        return ['spam', 'eggs']

    def __getattr__(self, name):
        raise AttributeError(name, name=name, obj=self)


class BadDir:
    def __dir__(self):
        return [1, 2]

    def __getattr__(self, name):
        raise AttributeError(f'no {name}', name=name, obj=self)


global_value = 1
many = {f'name{i}': i for i in range(800)}

CASES = [
    lambda: pritn,
    lambda: lenn([]),
    lambda: Len([]),
    lambda: local_typo(),
    lambda: cell_not_suggested(),
    lambda: parameter_typo(1),
    lambda: global_valeu,
    lambda: gloabl_value_that_is_far_too_long_to_be_considered_for_suggestions,
    lambda: Point().colour,
    lambda: Point().x_coordinat,
    lambda: Point().Distance(),
    lambda: Point().completely_different,
    lambda: Slotted().alpah,
    lambda: Dynamic().spma,
    lambda: BadDir().spam,
    lambda: sys.getrecursionlimt(),
    lambda: traceback.format_exc_only,
    lambda: (1).bit_lenght(),
    lambda: 'abc'.uper(),
    lambda: [].apend(1),
    lambda: {}.iteritems(),
    lambda: exec('name5 + nam7', many),
    lambda: exec('x = 1\nprint(y)', {'y_': 1}),
]
for case in CASES:
    print(printed(case))

for source in ['undefined_name', 'del undefined_name', 'def f():\n  global g\n  return g\nf()',
               'def f():\n  z = 1\n  def h(): return z\n  del z\n  return h()\nf()',
               'def f():\n  print(q)\n  q = 1\nf()']:
    try:
        exec(source, {})
    except NameError as e:
        print(type(e).__name__, repr(e.name), '|', str(e), '|', traceback.format_exception_only(e)[-1].strip())
