# datetime construction and fromisoformat: the common forms and every near miss around them.
import datetime as dt

def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

D = dt.datetime
t(lambda: D(2020, 1, 1))
t(lambda: D(2020, 2, 28, 23, 59, 59, 999999))
t(lambda: D(2020, 2, 29))
t(lambda: D(2021, 2, 29))
t(lambda: D(2020, 4, 31))
t(lambda: D(2020, 12, 31, 12))
t(lambda: D(1, 1, 1))
t(lambda: D(9999, 12, 31, 23, 59, 59, 999999))
t(lambda: D(0, 1, 1))
t(lambda: D(10000, 1, 1))
t(lambda: D(2020, 0, 1))
t(lambda: D(2020, 13, 1))
t(lambda: D(2020, 1, 0))
t(lambda: D(2020, 1, 32))
t(lambda: D(2020, 1, 1, 24))
t(lambda: D(2020, 1, 1, -1))
t(lambda: D(2020, 1, 1, 0, 60))
t(lambda: D(2020, 1, 1, 0, 0, 60))
t(lambda: D(2020, 1, 1, 0, 0, 0, 1000000))
t(lambda: D(2020, 1, 1, 0, 0, 0, -1))
t(lambda: D(True, 1, 1))
t(lambda: D(2020, True, 1, hour=True))
t(lambda: D(2020.0, 1, 1))
t(lambda: D(2020, 1, 1.5))
t(lambda: D(2020, 1, 1, fold=1))
t(lambda: D(2020, 1, 1, fold=2))
t(lambda: D(2020, 1, 1, fold=True))
t(lambda: D(2020, 1, 1, tzinfo=dt.timezone.utc))
t(lambda: D(2020, 1, 1, tzinfo=5))
t(lambda: D(2020))
t(lambda: D(2020, 1))
class MyInt(int): pass
t(lambda: D(MyInt(2020), 1, 1))
class Sub(D): pass
t(lambda: Sub(2020, 5, 17, 8, 30))
class Args(D):
    def __new__(cls, *args):
        print("Args.__new__", len(args), args)
        return super().__new__(cls, *args)
t(lambda: Args.fromisoformat("2020-01-02T03:04:05"))
t(lambda: Args.fromisoformat("2020-01-02T03:04:05.123456"))
t(lambda: Args.fromisoformat("2020-01-02 03:04"))
for s in ["2020-01-02T03:04:05", "2020-01-02 03:04:05", "2020-01-02x03:04:05", "2020-01-02T03:04:05.123456",
          "2020-01-02T03:04:05,123456", "2020-01-02T03:04:05.12345", "2020-01-02T03:04:05.1234567",
          "2020-13-02T03:04:05", "2020-02-30T03:04:05", "2020-01-02T24:04:05", "2020-01-02T03:60:05",
          "2020-01-02T03:04:61", "2020-01-02T03:04:05Z", "2020-01-02T03:04:05+01:00",
          "2020-01-02T03:04:05-0130", "2020-W01-2T03:04:05", "2020-01-02", "20200102T030405",
          "2020-01-02T0304", "2020-01-02T03", "٢٠٢٠-01-02T03:04:05", "2020-01-02T03:04:0٥",
          "2020-01-02T03:04:+5", "2020-01-02T03: 4:05", "0000-01-02T03:04:05", "2020-01-02T03:04:05.12345a",
          "2020-01-02T03:04:05 ", " 020-01-02T03:04:05", "2020-01-02T03:04:05.-12345"]:
    t(lambda: D.fromisoformat(s))
t(lambda: D.fromisoformat(5))
t(lambda: D.fromisoformat(b"2020-01-02T03:04:05"))
d = D(2020, 1, 1, 8, 30)
step = dt.timedelta(hours=7, minutes=13, seconds=5)
for i in range(5):
    d = d + step
    print(d.isoformat(), d.weekday(), d.strftime("%Y-%m-%d %H:%M:%S"), D.fromisoformat(d.isoformat()) == d,
          hash(D.fromisoformat(d.isoformat())) == hash(d), (d - D(2020, 1, 1)).days)
for fmt in ["%Y-%m-%d %H:%M:%S", "%%f %f", "%%z|%z|%Z", "100%", "%%%f%", "plain", "%", "%a %b %j %%", ""]:
    t(lambda: D(2021, 3, 4, 5, 6, 7, 89).strftime(fmt))
    t(lambda: D(2021, 3, 4, 5, 6, 7, 89, dt.timezone(dt.timedelta(hours=-3), "X%Y")).strftime(fmt))
    t(lambda: dt.date(2021, 3, 4).strftime(fmt))
    t(lambda: dt.time(5, 6, 7, 8).strftime(fmt))
