# warnings: every action's registry behaviour (default, once, module, always, ignore, error),
# filter matching on message (case-insensitive prefix), category, module and line, stacklevel,
# warn_explicit's module naming, showwarning/formatwarning replacement, catch_warnings (record,
# action, repr, misuse), WarningMessage, the argument checks.
import io
import sys
import warnings


def shown(fn):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        fn()
    finally:
        sys.stderr = old
    return buf.getvalue().replace(__file__, 'FILE')


def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level + 1)


for action in ('default', 'once', 'module', 'always', 'ignore'):
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        print(action, repr(shown(lambda: [emit('same') for _ in range(2)] + [emit('same')] + [emit('other')])))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
    try:
        warnings.warn(DeprecationWarning('instance'))
    except DeprecationWarning as e:
        print('raised instance', e)
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='SKIP')
    warnings.filterwarnings('error', category=ImportWarning)
    warnings.filterwarnings('ignore', module='no_such_mod')
    warnings.filterwarnings('ignore', lineno=99999)
    warnings.warn('skip me please')
    warnings.warn('keep me')
    warnings.warn('x', BytesWarning)
    try:
        warnings.warn('imp', ImportWarning)
    except ImportWarning:
        print('ImportWarning raised')
    warnings.warn_explicit('explicit', UserWarning, 'some/path/mod.py', 7)
    warnings.warn_explicit('explicit2', SyntaxWarning, 'pkg.PY', 8, module='given')
    warnings.warn('deep', stacklevel=50)
    print([(str(w.message), w.category.__name__, w.filename.replace(__file__, 'FILE'), w.lineno > 0) for w in log])
    print(str(log[0]).replace(__file__, 'FILE'), log[0].line, log[0].source)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'code line  '), end='')
print(warnings.formatwarning('msg', DeprecationWarning, __file__, 1).replace(__file__, 'FILE'), end='')
calls = []
old_show, old_format = warnings.showwarning, warnings.formatwarning
warnings.showwarning = lambda *a: calls.append(('show', str(a[0]), a[1].__name__, a[3]))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to hook')
warnings.showwarning = old_show
warnings.formatwarning = lambda m, c, f, l, line=None: 'FORMATTED %s\n' % m
with warnings.catch_warnings():
    warnings.simplefilter('always')
    print(repr(shown(lambda: warnings.warn('fmt'))))
warnings.formatwarning = old_format
print(calls)
warnings.showwarning = 42
try:
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.warn('bad hook')
except TypeError as e:
    print('TypeError:', e)
warnings.showwarning = old_show
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError:', e)
with warnings.catch_warnings(record=True, action='always', category=FutureWarning) as log:
    warnings.warn('future', FutureWarning)
    warnings.warn('future', FutureWarning)
    print(len(log), warnings.filters[0][:3] if False else warnings.filters[0][0], warnings.filters[0][2].__name__)
for bad in (lambda: warnings.filterwarnings('bogus'), lambda: warnings.filterwarnings('ignore', message=3),
            lambda: warnings.filterwarnings('ignore', category=3), lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', module=1), lambda: warnings.simplefilter('ignore', lineno=-1),
            lambda: warnings.warn('x', category=int), lambda: warnings.warn('x', category=3)):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
m = warnings.WarningMessage('m', UserWarning, 'f', 2)
print(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source, m._category_name, str(m))
print(len(warnings.filters) > 0, warnings.defaultaction)
