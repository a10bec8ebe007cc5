# Realistic program: parsing and formatting log timestamps, timedelta arithmetic, time zones, calendar and time.
from datetime import datetime, date, time, timedelta, timezone
import time as _time
import calendar

def parse_log_line(line):
    ts, level, msg = line.split(" ", 2)
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S"), level, msg

LOG = """2023-03-01T08:15:00 INFO start
2023-03-01T08:16:30 WARN disk 80%
2023-03-01T09:00:05 ERROR crash
2023-03-02T00:00:00 INFO midnight
2023-03-04T23:59:59 INFO end"""

recs = [parse_log_line(l) for l in LOG.splitlines()]
for dt, lvl, msg in recs:
    print(dt.isoformat(), dt.strftime("%a %d %b %Y %I:%M %p"), lvl, msg, dt.weekday(), dt.isocalendar())
span = recs[-1][0] - recs[0][0]
print(span, span.total_seconds(), span.days, span.seconds, repr(span))
print(timedelta(hours=-1, minutes=30), timedelta(days=1.5), timedelta(microseconds=-1), abs(timedelta(-3)))
print(timedelta(weeks=2) // timedelta(days=3), timedelta(weeks=2) % timedelta(days=3), timedelta(days=1) / 7)
print(divmod(timedelta(hours=25), timedelta(hours=24)))
d = date(2024, 2, 28)
for i in range(3):
    print(d + timedelta(days=i), (d + timedelta(days=i)).toordinal(), (d + timedelta(days=i)).strftime("%j %U %W"))
print(date.fromisoformat("2021-12-31").replace(year=2022), date.fromordinal(738000), date(2020, 1, 1).isoweekday())
print(datetime(2023, 1, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=5, minutes=30))))
tz = timezone(timedelta(hours=-8), "PST")
dt = datetime(2023, 6, 15, 9, 30, 15, 123456, tzinfo=tz)
print(dt, dt.tzname(), dt.utcoffset(), dt.isoformat(timespec="milliseconds"), dt.timestamp())
print(dt.astimezone(timezone.utc), dt.date(), dt.time(), dt.timetz())
print(datetime.fromisoformat("2023-06-15T09:30:15.123456-08:00") == dt)
print(datetime.fromtimestamp(1700000000, tz=timezone.utc))
print(datetime.utcfromtimestamp(0), datetime(1970, 1, 1) + timedelta(seconds=1e9))
print(datetime.combine(date(2000, 1, 1), time(23, 59)), time(1, 2, 3, 4).isoformat(), time.fromisoformat("12:34:56"))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]))
print(f"{dt:%Y/%m/%d %H.%M.%S %z %Z}", format(date(2001, 2, 3), "%d|%m|%y"))
print(repr(dt), repr(date(1, 1, 1)), repr(time(0)), date.min, date.max, datetime.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.leapdays(1900, 2024))
print(calendar.month(2023, 3))
print(calendar.weekday(2023, 3, 1), calendar.day_name[2], calendar.month_abbr[12])
cal = calendar.Calendar(firstweekday=6)
print([d for d in cal.itermonthdays(2023, 2)][:10])
print(calendar.timegm((2023, 1, 1, 0, 0, 0)))
st = _time.gmtime(86400 * 365)
print(st.tm_year, st.tm_yday, st.tm_wday, tuple(st)[:6], _time.strftime("%Y-%m-%d %H:%M:%S", st))
print(_time.strptime("2023-07-04 10:20", "%Y-%m-%d %H:%M")[:6])
print(_time.asctime(st))
t0 = _time.perf_counter(); t1 = _time.perf_counter(); print(t1 >= t0, type(_time.time()).__name__, type(_time.monotonic_ns()).__name__)

# schedule of business days
def business_days(start, n):
    out = []
    d = start
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out
print([d.strftime("%a %m-%d") for d in business_days(date(2023, 12, 28), 6)])
ages = {"ann": date(1990, 7, 15), "bob": date(2001, 2, 28)}
today = date(2024, 2, 28)
for n, b in ages.items():
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(n, age)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(0) == False, bool(timedelta(0)))
print(datetime(2023, 3, 26, 1, 30).replace(minute=0).ctime())
print(min(recs)[0], max(r[0] for r in recs))
