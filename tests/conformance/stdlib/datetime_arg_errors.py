# Calls that cannot bind, worded as CPython's C datetime words them: METH_NOARGS/METH_O methods
# ("date.isoformat() takes no arguments (1 given)"), tuple parsing ("fromordinal() takes exactly
# 1 argument"), keyword parsing ("replace() takes at most 3 arguments", "missing required
# argument 'format' (pos 1)", "'zzz' is an invalid keyword argument for ...", "function ..." for
# the constructors), with C's keyword names and its order of checks.
import datetime as D

UTC = D.timezone.utc
objs = {'date': D.date(2020, 1, 2), 'time': D.time(1, 2, 3), 'datetime': D.datetime(2020, 1, 2, 3, 4, 5),
        'timedelta': D.timedelta(1), 'timezone': UTC, 'tzinfo': D.tzinfo()}


def attempt(label, f, *args, **kw):
    try:
        f(*args, **kw)
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError:', e)
    except Exception as e:
        print(label, type(e).__name__)


# Each call is written out as obj.name(1, 1) so that it is a plain method call: CPython names a C
# method after its defining class there, and after the receiver's class when a bound method object
# is called later (or through *args).
CALLS = ['()', '(1)', '(1, 1)', '(1, 1, 1)', '(1, 1, 1, 1)', '(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)', '(zzz=1)']


def probe(label, target, env):
    for call in CALLS:
        attempt('  %s%s' % (label, call), eval('lambda: %s%s' % (target, call), env))


for cname, obj in objs.items():
    cls = type(obj)
    probe(cname, 'cls', {'cls': cls})
    for name in dir(cls):
        if name.startswith('_') and name not in ('__reduce__', '__getinitargs__'):
            continue
        attr = getattr(obj, name)
        if callable(attr) and not isinstance(attr, type):
            probe(cname + '.' + name, 'obj.' + name, {'obj': obj})

d, t, dt = objs['date'], objs['time'], objs['datetime']
print('-- inherited, unbound, subclasses')
attempt('datetime.isocalendar', lambda: dt.isocalendar(1))
attempt('datetime.weekday kw', lambda: dt.weekday(x=1))
attempt('datetime.today', lambda: D.datetime.today(1))
attempt('date.ctime unbound', D.date.ctime)
attempt('tzinfo.utcoffset unbound', D.tzinfo.utcoffset)
attempt('date.ctime on instance', D.date.ctime, d, 1)


class MyDate(D.date):
    pass


attempt('subclass ctor', MyDate, 2020, zzz=1)
attempt('subclass method', lambda: MyDate(2020, 1, 1).isoformat(1))
attempt('subclass classmethods', lambda: MyDate.fromordinal())
attempt('subclass classmethods', lambda: MyDate.today(1))
attempt('subclass classmethods', lambda: MyDate.fromtimestamp())

print('-- keywords C accepts, by its names')
print(d.strftime(format='%Y/%m/%d'), t.strftime(format='%H'), dt.strftime(format='%M'))
print(D.datetime.fromtimestamp(timestamp=0, tz=UTC), D.datetime.now(tz=UTC).tzinfo)
print(d.replace(year=1999, day=5), t.replace(hour=7, fold=1).fold, dt.replace(minute=0, tzinfo=UTC))
print(dt.isoformat(sep=' ', timespec='minutes'), t.isoformat(timespec='hours'))
print(D.date.fromisocalendar(year=2020, week=1, day=1), D.timezone(offset=D.timedelta(hours=1), name='X'))
print(D.datetime.combine(date=d, time=t, tzinfo=UTC), D.timedelta(weeks=1, hours=1))
print(D.time(hour=1, fold=1).fold, D.datetime(year=2020, month=1, day=1, fold=1).fold)

print('-- C refuses keywords these methods have in pygen')
attempt('fromordinal n=', D.date.fromordinal, n=5)
attempt('fromtimestamp t=', D.date.fromtimestamp, t=0)
attempt('fromisoformat', D.date.fromisoformat, date_string='2020-01-01')
attempt('strptime', D.datetime.strptime, date_string='2020', format='%Y')
attempt('utcoffset dt=', UTC.utcoffset, dt=None)
attempt('__format__', lambda: d.__format__(fmt=''))
attempt('__format__', lambda: t.__format__())
attempt('__reduce_ex__', lambda: dt.__reduce_ex__(protocol=2))
attempt('__reduce_ex__', lambda: t.__reduce_ex__())

print('-- order of the checks')
attempt('dup then invalid', d.replace, 1, zz=3, year=4)
attempt('invalid, no dup', d.replace, 1, zz=3, month=4)
attempt('dup by position', dt.isoformat, 'T', sep=' ')
attempt('keyword count', D.datetime.now, tz=None, zz=1)
attempt('positional beyond kw-only', t.replace, 1, 2, 3, 4, None, 0)
attempt('ctor beyond kw-only', D.time, 1, 2, 3, 4, None, 0)
attempt('missing before invalid', D.date, 2000, zz=1, day=3)
attempt('timedelta too many', D.timedelta, 1, 2, 3, 4, 5, 6, 7, days=1)
attempt('timezone too many', D.timezone, D.timedelta(0), name='x', offset=1)
attempt('combine bad date first', D.datetime.combine, 1)
attempt('combine bad time', D.datetime.combine, d, None)
attempt('combine missing time', D.datetime.combine, d)
attempt('combine keyword only', D.datetime.combine, zz=1, time=t)
attempt('combine bad tzinfo', D.datetime.combine, d, t, 1)
attempt('astimezone bad tz', dt.astimezone, 1)
attempt('strptime bad types', D.datetime.strptime, 1, 'x')
attempt('strptime bad format', D.datetime.strptime, 'x', b'y')
print(D.tzinfo(1, 2, k=3).__class__.__name__)
