# logging: Formatter with %-, {- and $-styles, defaults, validation errors, exceptions, stack_info.
import logging, sys, time
def rec(msg='hello %s', args=('world',), level=logging.INFO, name='fmt', exc_info=None, **extra):
    r = logging.LogRecord(name, level, '/some/dir/prog.py', 42, msg, args, exc_info, func='fn')
    r.created = 86400 * 365.25 * 30 + 0.1234
    r.msecs = 123.0
    r.__dict__.update(extra)
    return r
for fmt, style in [('%(levelname)s %(name)s %(message)s', '%'), ('{levelname:>8} {name!r} {message}', '{'),
                   ('$levelname ${name}: $message', '$'), ('%(filename)s %(module)s %(lineno)03d %(funcName)s %(pathname)s', '%'),
                   ('{levelno:d} {lineno:x} {msg} {args}', '{'), (None, '%'), (None, '{'), (None, '$')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), f.usesTime(), '->', f.format(rec()))
f = logging.Formatter('%(asctime)s|%(message)s', datefmt='%Y/%m/%d')
f.converter = time.gmtime
print(f.usesTime(), f.format(rec()))
f = logging.Formatter('%(asctime)s|%(message)s')
f.converter = time.gmtime
print(f.format(rec()))
f.default_msec_format = '%s.%03d'
print(f.format(rec()), f.formatTime(rec(), '%H:%M'))
f.default_msec_format = None
print(f.format(rec()))
print(logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime(),
      logging.Formatter('${asctime}', style='$').usesTime())
f = logging.Formatter('%(user)s %(message)s', defaults={'user': 'nobody'})
print(f.format(rec()), f.format(rec(user='alice')))
f = logging.Formatter('{user} {message}', style='{', defaults={'user': 'nobody'})
print(f.format(rec()))
for fmt, style in [('%(message)', '%'), ('{message', '{'), ('{x!z}', '{'), ('{x:zz}', '{'), ('abc', '{'), ('{0}', '{'),
                   ('{a+b}', '{'), ('$', '$'), ('abc', '$'), ('$x $$', '$'), ('x', '%'), ('%(m)s', 'x'),
                   ('{a.b[c]:>10}', '{'), ('%(a)-10.3f', '%')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('no fields', validate=False).format(rec()))
try: logging.Formatter('%(zz)s').format(rec())
except ValueError as e: print('ValueError', e)
try: logging.Formatter('{zz}', style='{').format(rec())
except Exception as e: print(type(e).__name__, e)
try: logging.Formatter('$zz', style='$').format(rec())
except Exception as e: print(type(e).__name__, e)
r = rec('%(a)s and %(b)d', ({'a': 'x', 'b': 2},))
print(r.args, r.getMessage())
r = rec('no args', ())
print(r.getMessage(), repr(rec()))
print(rec(msg=ValueError('obj msg'), args=()).getMessage())
try:
    raise KeyError('k')
except KeyError:
    r = rec(exc_info=sys.exc_info())
f = logging.Formatter('%(levelname)s %(message)s')
out = f.format(r)
print(out.splitlines()[0], out.splitlines()[1], out.splitlines()[-1])
print(r.exc_text.splitlines()[-1])
class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC<%s>' % ei[0].__name__
    def formatStack(self, si):
        return 'STACK<%d>' % len(si)
r2 = rec(exc_info=r.exc_info, stack_info='abc')
print(Short('%(message)s').format(r2))
r3 = rec(stack_info='line1\nline2')
print(logging.Formatter().format(r3))
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([rec(), rec('x', ())])), repr(bf.format([])))
class HF(logging.BufferingFormatter):
    def formatHeader(self, records): return 'H%d ' % len(records)
    def formatFooter(self, records): return ' F'
print(HF().format([rec(), rec()]))
r = logging.makeLogRecord({'msg': 'made %s', 'args': ('it',), 'levelno': 40, 'custom': 1})
print(r.getMessage(), r.levelno, r.levelname, r.custom, r.name, r.lineno)
print(sorted(k for k in vars(rec()) if k not in ('created', 'msecs', 'relativeCreated', 'process', 'thread', 'threadName')))
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    r = old(*args, **kwargs)
    r.tag = 'T'
    return r
logging.setLogRecordFactory(factory)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(tag)s %(message)s %(funcName)s %(lineno)d'))
lg = logging.getLogger('factory')
lg.addHandler(h)
lg.propagate = False
def caller():
    lg.warning('with tag')
caller()
logging.setLogRecordFactory(old)
lg.warning('extra %s', 'ok', extra={'tag': 'X'})
for key in ['message', 'asctime', 'msg']:
    try: lg.warning('x', extra={key: 1})
    except KeyError as e: print('KeyError', e)
h.setFormatter(logging.Formatter('%(message)s'))
def helper(msg):
    lg.warning(msg, stacklevel=2)
def outer():
    helper('stacklevel')
h.setFormatter(logging.Formatter('%(funcName)s:%(message)s'))
outer()
class Lines(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        lines = text.splitlines()
        if len(lines) < 2:
            return text
        # The frames name this file's path: keep only what does not depend on where it lives.
        return ' / '.join([lines[0], lines[1], lines[-1].strip()])
h.setFormatter(Lines('%(message)s'))
lg.warning('stack', stack_info=True)
try:
    1 / 0
except ZeroDivisionError as e:
    lg.exception('caught')
    lg.error('with exc object', exc_info=e)
    lg.warning('no exc', exc_info=False)
lg.error('exc_info tuple', exc_info=(ValueError, ValueError('v'), None))
