# datetime after its rewrite: calendar conversion at the edges, ISO weeks, timedelta's float
# rounding and arithmetic, reprs (subclasses too), comparisons and hashing across zones and
# folds, pickling, ISO 8601 parsing and its errors, strftime's own directives, fixed zones.
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# calendar
for n in (1, 59, 60, 365, 366, 730120, 730179, 730180, 3652059):
    d = date.fromordinal(n)
    print(n, d, d.toordinal() == n, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.timetuple().tm_yday)
for y in (1, 4, 100, 400, 1900, 2000, 2004, 2100, 9999):
    print(y, date(y, 12, 31).timetuple().tm_yday, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
print(date(2020, 2, 29) + timedelta(days=365), date(2000, 3, 1) - date(1999, 3, 1), date.max - date.min)
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 1), date.fromisocalendar(1, 1, 1))
attempt('iso-week', lambda: date.fromisocalendar(2021, 53, 1))
attempt('iso-day', lambda: date.fromisocalendar(2021, 5, 0))
attempt('iso-year', lambda: date.fromisocalendar(0, 5, 1))
attempt('ordinal0', lambda: date.fromordinal(0))
attempt('ordinal-big', lambda: date.fromordinal(3652060))
attempt('feb29', lambda: date(2100, 2, 29))
attempt('month13', lambda: date(2020, 13, 1))
attempt('year0', lambda: date(0, 1, 1))
attempt('float-year', lambda: date(2020.0, 1, 1))
attempt('missing', lambda: date(2020, 1))
attempt('overflow', lambda: date.max + timedelta(days=1))
attempt('underflow', lambda: date.min - timedelta(days=1))
attempt('dt-overflow', lambda: datetime.max + timedelta(microseconds=1))

# timedelta
for args in ({'seconds': 0.5e-6}, {'seconds': 1.5e-6}, {'seconds': 2.5e-6}, {'milliseconds': 0.5 / 1000},
             {'milliseconds': -0.6 / 1000}, {'days': 1.5e-6}, {'minutes': 1 / 3}, {'hours': -1.25, 'seconds': 3},
             {'weeks': 1, 'days': -8, 'microseconds': 7}, {'days': 0.1, 'seconds': 0.2, 'microseconds': 0.3}):
    td = timedelta(**args)
    print(args, repr(td), str(td), td.total_seconds())
attempt('td-inf', lambda: timedelta(days=float('inf')))
attempt('td-nan', lambda: timedelta(days=float('nan')))
attempt('td-str', lambda: timedelta(hours='1'))
attempt('td-big', lambda: timedelta(days=10 ** 9))
t = timedelta(days=1, seconds=7, microseconds=9)
print(t * 2.5, t / 3, t // 3, t / 0.7, t // timedelta(hours=5), t % timedelta(hours=5), divmod(t, timedelta(hours=-5)))
print(-t, abs(-t), +t, t / t, 3 * t, t * -1, t - 2 * t, timedelta(microseconds=-1) // 2, timedelta(microseconds=5) / 2)
attempt('td-div0', lambda: t / 0)
attempt('td-fdiv0', lambda: t // timedelta(0))
for label, fn in (('td-fdiv-float', lambda: t // 2.0), ('td-lt-int', lambda: t < 1), ('td-div-date', lambda: t / date(2020, 1, 1))):
    try:
        fn()
    except TypeError:
        print(label, 'TypeError')
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max), hash(timedelta(1)) == hash(timedelta(hours=24)))


class MyDate(date):
    pass


class MyDT(datetime):
    pass


class MyTD(timedelta):
    pass


print(repr(MyDate(2020, 1, 2)), repr(MyDT(2020, 1, 2, 3)), repr(MyTD(1, 2)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__,
      type(MyDT(2020, 1, 1) + timedelta(1)).__name__, type(MyDT(2020, 1, 1, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))).__name__)

# reprs and text
print(repr(datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=UTC, fold=1)), repr(time(1, 2, 0, 5, fold=1, tzinfo=UTC)), repr(time(4)), repr(datetime(1, 1, 1, 0, 0, 7)))
print(datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(' ', 'milliseconds'), time(3, 4, 5, 6).isoformat('minutes'), time(23).isoformat('hours'))
attempt('timespec', lambda: time(1).isoformat('days'))
print(date(2020, 3, 1).ctime(), datetime(2020, 3, 1, 13, 5, 9).ctime(), date(5, 1, 1).isoformat())
z = timezone(timedelta(hours=-5, minutes=-30, seconds=-1, microseconds=-5), 'odd%zone')
print(datetime(2020, 1, 2, 3, 4, 5, 60, tzinfo=z).strftime('%Y-%m-%d %H:%M:%S.%f %z [%Z] %% %j %a %b'), time(1, 2, 3, 4).strftime('%H|%f|%z|%Z'))
print(format(date(2020, 1, 2), '%d/%m'), format(datetime(2020, 1, 2), ''), format(time(5), '%H'))
attempt('format-int', lambda: date(2020, 1, 2).__format__(5))
attempt('format-int-t', lambda: time(1).__format__(5))

# zones
print(timezone(timedelta(hours=3)), timezone(timedelta(0)), repr(timezone(timedelta(0))), repr(timezone(timedelta(0), 'UTC')),
      repr(timezone(timedelta(minutes=90), 'X')), timezone.min, timezone.max, UTC is timezone.utc)
attempt('tz-24h', lambda: timezone(timedelta(hours=24)))
attempt('tz-int', lambda: timezone(5))
attempt('tz-name', lambda: timezone(timedelta(0), 5))
attempt('tz-arg', lambda: UTC.utcoffset(5))
attempt('tz-arg2', lambda: UTC.tzname('x'))
attempt('tz-arg3', lambda: UTC.dst(1.5))
attempt('tz-fromutc-int', lambda: UTC.fromutc(5))
attempt('tzinfo-fromutc-int', lambda: tzinfo().fromutc(5))
attempt('tz-fromutc', lambda: UTC.fromutc(datetime(2020, 1, 1)))
attempt('bad-tz', lambda: datetime(2020, 1, 1, tzinfo=5))
east = timezone(timedelta(hours=5), 'E')
west = timezone(timedelta(hours=-3))
a = datetime(2020, 6, 1, 12, tzinfo=east)
b = a.astimezone(west)
print(b, a == b, hash(a) == hash(b), a - b, b.astimezone(UTC), a.timestamp(), a.utctimetuple()[:6], b.timetuple()[:6])
print(datetime.fromtimestamp(1e9 + 0.5, UTC), datetime.fromtimestamp(-86400.25, west), datetime.utcfromtimestamp(0.0000015), datetime.utcfromtimestamp(-1.5))
print(time(12, tzinfo=east) == time(4, tzinfo=west), time(12, tzinfo=east) < time(5, tzinfo=west), hash(time(12, tzinfo=east)) == hash(time(4, tzinfo=west)))
attempt('naive-aware-lt', lambda: datetime(2020, 1, 1) < a)
attempt('naive-aware-eq', lambda: datetime(2020, 1, 1) == a)
attempt('naive-aware-sub', lambda: datetime(2020, 1, 1) - a)
attempt('date-dt-lt', lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt('dt-date-eq', lambda: (datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1).__eq__(datetime(2020, 1, 1))))
attempt('time-naive-aware', lambda: time(1) < time(1, tzinfo=UTC))


class Shifty(tzinfo):
    """A zone whose offset depends on fold: 01:30 happens twice."""
    def utcoffset(self, dt):
        return timedelta(hours=2 if dt.fold == 0 and dt.hour == 1 else 1)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'S%d' % dt.fold


amb = datetime(2020, 10, 25, 1, 30, tzinfo=Shifty())
print(amb == amb.replace(fold=1), amb == amb.astimezone(UTC), amb.replace(fold=1).astimezone(UTC), amb.tzname(), amb.replace(fold=1).tzname())

# pickling
for obj in (date(2020, 2, 29), time(1, 2, 3, 4, UTC, fold=1), datetime(9999, 12, 31, 23, 59, 59, 999999, fold=1),
            datetime(2020, 1, 1, tzinfo=east), timedelta(-1, 5, 7), east, UTC, MyDate(1, 2, 3), date(2020, 1, 1).isocalendar()):
    for proto in (2, 4):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, repr(back), back == obj, getattr(back, 'fold', '-'), end=' | ')
    print()
print(date(b'\x07\xe4\x02\x1d'), datetime(b'\x07\xe4\x82\x1d\x01\x02\x03\x00\x00\x05'), time(b'\x81\x02\x03\x00\x01\x00'))
attempt('bad-state-tz', lambda: datetime(bytes([1] * 10), 'EST'))
attempt('bad-state-month', lambda: date(b'\x07\xe4\x0d\x01'))

# ISO 8601
for s in ('2020-01-02', '20200102', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-1-02', '2020-01-2', '2020-W53-8', '2021-W53-1', '2020/01/02', ''):
    attempt('date ' + s, lambda: date.fromisoformat(s))
for s in ('12', '1230', '12:30', '123015', '12:30:15', '12:30:15.5', '12:30:15,123456789', 'T12:30', '12:30Z', '12:30:15+05', '12:30-0530',
          '12:30+05:30:15.25', '12:30+00:00', '12:3', '12:30:', '12.5', '1230.5', '12:30.25Z', '12,5+01', '12.', '123015.', '12:30+5', '12:30Z05', '24:00', '12:60', '1230:15'):
    attempt('time ' + s, lambda: time.fromisoformat(s))
for s in ('2020-01-02T12:30', '2020-01-02 12', '20200102T1230', '2020-W01-3T12:00', '2020W013T12', '2020-W01T12:00', '2020-01-02x03:04:05.6Z',
          '2020-01-02T', '2020-01-02T25:00', '2020-01-02T12:00+24:00', '2020-01-0', '2020-01-02T12:00:00.123+01:00', '2020-12-31T23:59:59.9999999'):
    attempt('datetime ' + s, lambda: datetime.fromisoformat(s))
attempt('iso-bytes', lambda: date.fromisoformat(b'2020-01-01'))
print(datetime.strptime('2020-03-04 05:06:07.89 +0130', '%Y-%m-%d %H:%M:%S.%f %z'), datetime.combine(date(2020, 1, 1), time(5, tzinfo=east)))
attempt('combine', lambda: datetime.combine(time(1), date(2020, 1, 1)))
attempt('combine2', lambda: datetime.combine(date(2020, 1, 1), 5))
attempt('date-str', lambda: date('x'))
attempt('date-float', lambda: date(2020.5, 1, 1))
print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max, date.resolution, time.resolution)
