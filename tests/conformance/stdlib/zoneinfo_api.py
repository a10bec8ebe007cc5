# zoneinfo's API on the system's tz database (Debian's tzdata; .ci/run installs it): ZoneInfo and
# its cache, no_cache, from_file, clear_cache, subclasses, pickling by key, key checks and their
# errors, TZPATH/PYTHONTZPATH/reset_tzpath, available_timezones, and datetimes in real zones at
# dates whose rules are settled history (so a newer tz database gives the same answers).
import zoneinfo, pickle, datetime as D, os, warnings, io, copy
ZI = zoneinfo.ZoneInfo
z = ZI('America/New_York')
print(repr(z), str(z), z.key, isinstance(z, D.tzinfo), zoneinfo.TZPATH)
print(ZI('America/New_York') is z, ZI.no_cache('America/New_York') is z, ZI.no_cache('UTC') == ZI('UTC'))
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f:
    p = ZI.from_file(f)
print(repr(p).startswith("zoneinfo.ZoneInfo.from_file(<_io.BufferedReader name="), str(p) == repr(p), p.key)
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f:
    p2 = ZI.from_file(f, key='Paris!')
print(repr(p2), str(p2), p2.key)
data = open('/usr/share/zoneinfo/Asia/Kolkata', 'rb').read()
k = ZI.from_file(io.BytesIO(data)); print(repr(k).startswith('zoneinfo.ZoneInfo.from_file(<_io.BytesIO object'), D.datetime(2020, 1, 1, tzinfo=k).utcoffset())
print(pickle.loads(pickle.dumps(z)) is z, pickle.loads(pickle.dumps(ZI.no_cache('UTC'))) is ZI('UTC'))
for proto in range(6):
    assert pickle.loads(pickle.dumps(z, proto)) is z
try:
    pickle.dumps(p)
except Exception as e:
    print(type(e).__name__, e)
print(copy.copy(z) is z, copy.deepcopy(z) is z)
for bad in ['/abs', '../x', 'a/../../b', 'Nope/Zone', '', 'America/New_York/', 'America', 'UTC\x00x', 'zone.tab', 1, None, b'UTC']:
    try:
        ZI(bad)
        print('ok', bad)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', isinstance(e, KeyError), e)
    except Exception as e:
        print(type(e).__name__, e)
print(z.utcoffset(None), z.dst(None), z.tzname(None))
for bad in [None, 1, D.datetime(2020, 1, 1), D.datetime(2020, 1, 1, tzinfo=ZI('UTC'))]:
    try:
        z.fromutc(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = zoneinfo.available_timezones()
print(len(s) > 400, 'UTC' in s, 'posixrules' in s, 'right/UTC' in s, 'Factory' in s, type(s).__name__)
print(sorted(zoneinfo.__all__), issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
# caching across subclasses and clear_cache
class Sub(ZI):
    pass
a = Sub('Europe/London'); print(type(a).__name__, Sub('Europe/London') is a, ZI('Europe/London') is a, repr(a))
ZI.clear_cache(only_keys=['America/New_York'])
print(ZI('America/New_York') is z)
z2 = ZI('America/New_York'); ZI.clear_cache(); print(ZI('America/New_York') is z2)
# TZPATH handling
for to in ['/x', ['rel', '/abs'], ('/a',)]:
    try:
        zoneinfo.reset_tzpath(to)
        print(zoneinfo.TZPATH)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ZI.no_cache('UTC')
except Exception as e:
    print(type(e).__name__, e)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
os.environ['PYTHONTZPATH'] = '/a' + os.pathsep + 'rel' + os.pathsep + '/usr/share/zoneinfo'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    zoneinfo.reset_tzpath()
    print(zoneinfo.TZPATH, [str(x.message) for x in w], [x.category.__name__ for x in w])
os.environ['PYTHONTZPATH'] = ''
zoneinfo.reset_tzpath(); print(zoneinfo.TZPATH)
del os.environ['PYTHONTZPATH']
zoneinfo.reset_tzpath()
# datetime with zones: arithmetic, comparison, conversion, gaps and folds
ny, lon, kol = ZI('America/New_York'), ZI('Europe/London'), ZI('Asia/Kolkata')
a = D.datetime(2023, 3, 12, 1, 30, tzinfo=ny)
print(a, a + D.timedelta(hours=1), (a + D.timedelta(hours=1)).utcoffset())
gap = D.datetime(2023, 3, 12, 2, 30, tzinfo=ny)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.tzname(), gap.replace(fold=1).tzname())
amb = D.datetime(2023, 11, 5, 1, 30, tzinfo=ny)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb.dst(), amb.replace(fold=1).dst())
u = D.datetime(2023, 11, 5, 5, 30, tzinfo=D.timezone.utc)
print(u.astimezone(ny), u.astimezone(ny).fold, (u + D.timedelta(hours=1)).astimezone(ny).fold)
print(amb.astimezone(lon), amb.astimezone(kol), amb.astimezone(D.timezone.utc))
print(D.datetime(2023, 6, 1, 12, tzinfo=ny) - D.datetime(2023, 6, 1, 12, tzinfo=lon))
print(D.datetime(2023, 6, 1, 12, tzinfo=ny) == D.datetime(2023, 6, 1, 17, tzinfo=lon), hash(D.datetime(2023, 6, 1, 12, tzinfo=ny)) == hash(D.datetime(2023, 6, 1, 17, tzinfo=lon)))
print(D.datetime(2023, 6, 1, 12, tzinfo=ny).isoformat(), D.datetime(2023, 6, 1, 12, tzinfo=ny).strftime('%Z %z'))
print(D.datetime(1850, 7, 4, tzinfo=ny).utcoffset(), D.datetime(1, 1, 1, tzinfo=ny).utcoffset())
print(D.datetime(2022, 10, 30, 1, 30, tzinfo=ZI('Europe/Dublin')).dst(), D.datetime(2022, 7, 1, tzinfo=ZI('Europe/Dublin')).dst())
print(D.datetime(2023, 1, 1, tzinfo=ZI('Australia/Lord_Howe')).utcoffset(), D.datetime(2023, 1, 1, tzinfo=ZI('Australia/Lord_Howe')).dst())
print(D.time(12, tzinfo=ny).utcoffset(), D.time(12, tzinfo=ny).tzname())
