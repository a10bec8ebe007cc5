# The native datetime paths (construction, +/- timedelta, differences, comparisons, hash,
# isoformat) and every case they hand back to the Python methods: subclasses, zones, folds,
# out-of-range results, bad arguments, mixed types.
import datetime as dt
from datetime import datetime, date, timedelta, timezone


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# Construction.
show('plain', lambda: datetime(2024, 2, 29, 23, 59, 59, 999999))
show('feb29 non-leap', lambda: datetime(2023, 2, 29))
show('feb29 1900', lambda: datetime(1900, 2, 29))
show('feb29 2000', lambda: datetime(2000, 2, 29))
show('day 31 of april', lambda: datetime(2024, 4, 31))
show('day 31 of may', lambda: datetime(2024, 5, 31, 1))
show('year 0', lambda: datetime(0, 1, 1))
show('year 10000', lambda: datetime(10000, 1, 1))
show('hour 24', lambda: datetime(2024, 1, 1, 24))
show('minute 60', lambda: datetime(2024, 1, 1, 0, 60))
show('micro 10**6', lambda: datetime(2024, 1, 1, 0, 0, 0, 10**6))
show('negative micro', lambda: datetime(2024, 1, 1, 0, 0, 0, -1))
show('bool month', lambda: datetime(2024, True, 1))
show('float', lambda: datetime(2024, 1, 1.0))
show('str', lambda: datetime('2024', 1, 1))
show('tz positional', lambda: datetime(2024, 1, 1, 0, 0, 0, 0, timezone.utc))
show('missing day', lambda: datetime(2024, 1))
show('fold kw', lambda: datetime(2024, 1, 1, fold=1).fold)


class Sub(datetime):
    pass


class IntSub(int):
    pass


show('subclass', lambda: Sub(2024, 1, 2, 3))
show('int subclass', lambda: datetime(IntSub(2024), 1, 2))
print(datetime(2024, 1, 1).__class__ is datetime, type(Sub(2024, 1, 1) + timedelta(1)).__name__)

# Arithmetic.
d = datetime(2020, 1, 1, 8, 30)
step = timedelta(hours=7, minutes=13, seconds=5, microseconds=17)
x = d
for i in range(5):
    x = x + step
print(x, x.isoformat(), str(x), repr(x))
print(step + d, d - step, d - (d - step), (d + step) - d)
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 28)), repr(datetime(2020, 1, 1) - datetime(2024, 1, 1, 0, 0, 1)))
show('max + 1us', lambda: datetime.max + timedelta(microseconds=1))
show('min - 1us', lambda: datetime.min - timedelta(microseconds=1))
show('min - max', lambda: datetime.min - datetime.max)
show('max - min', lambda: datetime.max - datetime.min)
show('+ int', lambda: d + 1)
show('- int', lambda: d - 1)
show('int -', lambda: 1 - d)
show('+ date', lambda: d + date(2020, 1, 1))
show('- date', lambda: d - date(2020, 1, 1))
show('+ huge td', lambda: d + timedelta(days=999999999))
show('- huge td', lambda: d - timedelta(days=-999999999))


class TdSub(timedelta):
    pass


show('+ td subclass', lambda: d + TdSub(1))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2024, 5, 1, 12, tzinfo=utc)
b = datetime(2024, 5, 1, 14, tzinfo=plus2)
show('aware + td', lambda: a + timedelta(hours=1))
show('aware - aware same', lambda: a - datetime(2024, 5, 1, tzinfo=utc))
show('aware - aware other', lambda: b - a)
show('naive - aware', lambda: d - a)
folded = datetime(2024, 11, 3, 1, 30, fold=1)
show('fold + td', lambda: (folded + timedelta(0)).fold)
show('fold - td', lambda: (folded - timedelta(0)).fold)
show('fold - dt', lambda: folded - datetime(2024, 11, 3))

# Comparisons and hash.
e = datetime(2020, 1, 1, 8, 30)
print(d == e, d != e, d < e, d <= e, d > e, d >= e, d < d + step, d > d - step)
print(a == b, a < b, a == datetime(2024, 5, 1, 12), d == date(2020, 1, 1), d != 3)
show('naive < aware', lambda: d < a)
show('dt < date', lambda: d < date(2020, 1, 2))
show('dt < int', lambda: d < 1)
print(hash(d) == hash(e), hash(d) == hash(d), len({d, e, d + step}), hash(a) == hash(b))
print(hash(folded) == hash(folded.replace(fold=0)), Sub(2020, 1, 1, 8, 30) == d, hash(Sub(2020, 1, 1, 8, 30)) == hash(d))
print(sorted([d + step, d, d - step]) == [d - step, d, d + step], max(d, e, d + step) == d + step)

# isoformat.
f = datetime(2024, 1, 2, 3, 4, 5, 6)
print(f.isoformat(), f.isoformat(' '), f.isoformat(sep='_'), f.isoformat('\u00e9'), f.isoformat(timespec='minutes'))
print(datetime(1, 1, 1).isoformat(), datetime(9999, 12, 31, 23, 59, 59).isoformat(), str(f), f'{f}')
print(a.isoformat(), str(b), Sub(2024, 1, 1).isoformat(), folded.isoformat())
show('sep int', lambda: f.isoformat(1))
show('sep long', lambda: f.isoformat('ab'))
show('timespec bad', lambda: f.isoformat('T', 'days'))
print(dt.datetime.fromisoformat(f.isoformat()) == f, d.weekday(), (d + step).weekday())
