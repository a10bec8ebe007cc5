# traceback: format_exc/print_exc/format_exception(_only)/extract_tb/format_stack/TracebackException
# against the interpreter's own format (carets, chains, recursion collapse, notes, SyntaxError).
import sys as _sys


class _StripDir:
    """Prints paths relative to this folder, so the expected output holds wherever it runs."""

    def __init__(self, out):
        self.out = out
        self.prefix = __file__.rsplit('/', 1)[0] + '/'

    def write(self, text):
        return self.out.write(text.replace(self.prefix, ''))

    def flush(self):
        self.out.flush()


_sys.stdout = _StripDir(_sys.stdout)
import traceback, sys

def inner(x):
    return x[1] + 1 / 0

def middle():
    d = {'a': 1}
    return inner([1, 2]) * 3

try:
    middle()
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, repr(fs.line), fs == (fs.filename, fs.lineno, fs.name, fs.line), len(fs))
    print(traceback.format_tb(tb)[1], end='')
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(et, ev))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

def rec(n):
    if n == 0:
        raise KeyError('deep')
    rec(n - 1)

try:
    rec(10)
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=2)), end='')
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, limit=-2)), end='')

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception(e, chain=False)[-1], end='')

try:
    try:
        int('x')
    except ValueError:
        [][0]
except IndexError:
    traceback.print_exc(file=sys.stdout)

class MyErr(Exception):
    pass

print(traceback.format_exception_only(MyErr('m')))
print(traceback.format_exception_only(MyErr()))
e = ValueError('a'); e.add_note('n1'); e.add_note('n2')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 3, 5, '  abc def\n', 3, 8))))
print(traceback.format_exception_only(SyntaxError('msg')))
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', None, 5, '  abc def\n'))))
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(BadStr()))
print(repr(traceback.format_exc()))
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(e)
def show_stack():
    return traceback.format_stack()
for line in show_stack():
    print(line, end='')
s = traceback.extract_stack()
print(type(s).__name__, s[-1].name, s[-1].lineno, repr(s[-1]))
print(traceback.format_list([('a.py', 3, 'fn', 'x = 1'), ('b.py', 4, 'gn', None)]))
te = traceback.TracebackException.from_exception(KeyError('z'))
print(list(te.format()), str(te), te.exc_type)
try:
    a = 1
    b = [1, 2]
    b[a] + b[a * 5]
except IndexError as e:
    traceback.print_exc(file=sys.stdout)

def with_locals(p, q=[1, 'two']):
    r = p * 2
    raise RuntimeError(r)

try:
    with_locals(21)
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(''.join(te.stack.format()[1:]), end='')
    print(te.stack[1].locals)
