# datetime: construction, reprs, arithmetic, comparisons, formatting and parsing.
import datetime as d
from datetime import date, time, datetime, timedelta, timezone

cases = [lambda: d.timezone(d.timedelta(hours=24)), lambda: d.timezone(5), lambda: d.date(0,1,1), lambda: d.date(2020,13,1), lambda: d.date(2020,2,30), lambda: d.date(2020.0,1,1), lambda: d.time(24), lambda: d.time(1,60), lambda: d.time(1,1,60), lambda: d.time(1,1,1,1000000), lambda: d.datetime(2020,1,1,fold=2), lambda: d.date(2020,1,1)+d.timedelta(days=1e6), lambda: d.date(2020,1,1) < d.datetime(2020,1,1), lambda: d.date(2020,1,1) == d.datetime(2020,1,1), lambda: d.datetime(2020,1,1) < d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.datetime(2020,1,1) - d.datetime(2020,1,1,tzinfo=d.timezone.utc), lambda: d.date.fromisoformat('2020-1-1'), lambda: d.datetime.strptime('2020', '%Y-%m'), lambda: d.datetime.strptime('2020-01x', '%Y-%m'), lambda: d.time(1) < d.time(1, tzinfo=d.timezone.utc), lambda: d.timedelta(1) // d.timedelta(0), lambda: d.date.fromordinal(0), lambda: d.datetime.fromisoformat('2020-01-01T25:00'), lambda: d.date(1,1,1) - d.timedelta(1), lambda: d.timezone(d.timedelta(hours=1), 3), lambda: d.date.fromisocalendar(2020, 54, 1), lambda: d.date.fromisocalendar(2020, 1, 8), lambda: d.datetime(2020, 1, 1, tzinfo=1)]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(d.timezone.utc), repr(d.timezone(d.timedelta(hours=1))), repr(d.timezone(-d.timedelta(hours=5, minutes=30), 'EST')), str(d.timezone(-d.timedelta(hours=5, minutes=30))), d.timezone(d.timedelta(seconds=3661)).tzname(None), d.timezone(d.timedelta(microseconds=1)).tzname(None))
print(repr(d.timedelta(1, 2, 3)), repr(d.timedelta(0)), repr(d.timedelta(seconds=-1)), str(d.timedelta(seconds=-1)), str(d.timedelta(2, 3, 4)), str(d.timedelta(microseconds=-1)), repr(d.timedelta(microseconds=5)))
print(repr(d.time(12, 30)), repr(d.time(12, 30, 15, 500)), repr(d.time(0)), repr(d.time(1, tzinfo=d.timezone.utc)), repr(d.time(1, fold=1)), repr(d.datetime(2020,1,1)), repr(d.datetime(2020,1,1,0,0,0,5, fold=1, tzinfo=d.timezone.utc)))
print(d.date(2020,1,1).isocalendar(), repr(d.date(2020,1,1).isocalendar()), d.date(2020,1,1).ctime(), d.datetime(2020,1,1,13,5,6).ctime())
print(d.datetime(2020,1,1,1,2,3,4).isoformat(), d.datetime(2020,1,1,1,2,3,4).isoformat(' ', 'milliseconds'), d.time(1,2,3,400).isoformat('seconds'), d.datetime(2020,1,1,tzinfo=d.timezone(d.timedelta(hours=-3, seconds=-5))).isoformat())
print(d.timedelta(days=1.5, seconds=0.5, microseconds=0.5), d.timedelta(microseconds=1.5), d.timedelta(microseconds=2.5), d.timedelta(weeks=1, hours=-1, minutes=1.25, milliseconds=3))
print(d.timedelta(1) * 1.1, d.timedelta(1) / 3, d.timedelta(1) / d.timedelta(hours=5), d.timedelta(1) // 7, divmod(d.timedelta(1), d.timedelta(hours=5)), -d.timedelta(1, 1), abs(d.timedelta(-1)))
print(timedelta(hours=25).total_seconds(), timedelta(1) % timedelta(hours=7), 2 * timedelta(seconds=3), timedelta(seconds=7) / 2, timedelta(1) == timedelta(hours=24), timedelta(1) > timedelta(0), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max), date.min, date.max, datetime.min, datetime.max, time.min, time.max)
x = date(2024, 2, 28)
print(x + timedelta(1), x + timedelta(2), x - timedelta(59), date(2024, 3, 1) - date(2023, 3, 1), x.weekday(), x.isoweekday(), x.toordinal(), date.fromordinal(738944), x.replace(day=1), x.timetuple())
print(x.strftime("%Y/%m/%d %A %B %j %a %b"), format(x, "%d.%m.%y"), f"{x}", f"{x:%Y}", str(x), x.isoformat())
dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.replace(year=2025, day=28), dt + timedelta(hours=12), dt - timedelta(days=366), dt - datetime(2024, 1, 1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %z|%Z|"), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="hours"), dt.timetuple(), dt.weekday(), dt.isocalendar())
aware = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
print(aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.astimezone(timezone.utc), aware.timestamp(), aware.strftime("%z %Z"), aware.utctimetuple())
print(aware == datetime(2024, 1, 1, 10, tzinfo=timezone.utc), aware < datetime(2024, 1, 1, 11, tzinfo=timezone.utc), aware - datetime(2024, 1, 1, tzinfo=timezone.utc), hash(aware) == hash(datetime(2024, 1, 1, 10, tzinfo=timezone.utc)))
print(datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(0, timezone(timedelta(hours=-5))), datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(date(2020, 5, 17), time(8, 30), timezone.utc), datetime.fromisoformat("2020-05-17T08:30:00.5+05:30"), datetime.fromisoformat("2020-05-17"), datetime.fromisoformat("2020-05-17 08:30"), datetime.fromisoformat("20200517T083000Z"))
print(date.fromisoformat("2020-05-17"), date.fromisoformat("20200517"), date.fromisoformat("2020-W20-7"), time.fromisoformat("08:30:15.123"), time.fromisoformat("T0830"), time.fromisoformat("08:30+01:00"), date.fromisocalendar(2020, 53, 5))
for fmt, s in [("%Y-%m-%d %H:%M:%S", "2023-07-04 09:08:07"), ("%d/%m/%y", "04/07/23"), ("%b %d %Y %I:%M %p", "Jul 4 2023 9:08 PM"), ("%B %d, %Y", "July 04, 2023"), ("%Y-%m-%dT%H:%M:%S.%f%z", "2023-07-04T09:08:07.5+0200"), ("%a %b %d %H:%M:%S %Y", "Tue Jul 04 09:08:07 2023"), ("%j %Y", "100 2023"), ("%Y %U %w", "2023 10 3"), ("%G %V %u", "2023 10 3"), ("%H:%M", "23:59"), ("%Y-%m-%d %Z", "2023-01-01 UTC"), ("%z", "Z"), ("%c", "Tue Jul  4 09:08:07 2023")]:
    print(fmt, "->", repr(datetime.strptime(s, fmt)))
print(time(12, 30) < time(13), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))), time(5).replace(minute=7), time(5, 6, 7).strftime("%H:%M:%S %f"), bool(time(0)), str(time(1, 2, 3, 4)))
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]), max(datetime(2020, 1, 1), datetime(2021, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
print(isinstance(datetime.now(), date), type(datetime.now() - datetime.now()).__name__, datetime.now().year >= 2024, date.today() <= date.today(), datetime.utcnow().tzinfo, datetime.now(timezone.utc).tzinfo)
print(d.MINYEAR, d.MAXYEAR, d.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone.min, timezone.max, datetime.max - datetime.min)
class My(d.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-4)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EDT"
print(datetime(2020, 6, 1, 12, tzinfo=My()).astimezone(timezone.utc), datetime(2020, 6, 1, 12, tzinfo=timezone.utc).astimezone(My()), datetime(2020, 6, 1, tzinfo=My()).strftime("%Z %z"))
