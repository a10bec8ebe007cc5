# zoneinfo on TZif data built here (so the answers do not depend on the machine's tz database):
# versions 1-3, footers with M/J/n rules, southern-hemisphere and negative DST, >24 h switch
# times, fixed zones, zones whose first type is DST, gaps and folds with both values of fold,
# fromutc around every switch, and malformed files.
import datetime as D
import io
import struct
import zoneinfo

UTC = D.timezone.utc


def tzif(version, transitions, types, footer=None):
    """TZif bytes: transitions [(utc seconds, type index)], types [(utcoff, isdst, abbr)]."""
    chars = b""
    index = {}
    for _, _, abbr in types:
        if abbr not in index:
            index[abbr] = len(chars)
            chars += abbr.encode() + b"\0"

    def block(size):
        code = "q" if size == 8 else "l"
        head = struct.pack(">4sc15x6l", b"TZif", version, 0, 0, 0, len(transitions), len(types), len(chars))
        body = b"".join(struct.pack(">" + code, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b"".join(struct.pack(">lBB", off, dst, index[abbr]) for off, dst, abbr in types)
        return head + body + chars

    if version == b"\0":
        return block(4)
    return block(4) + block(8) + b"\n" + (footer or "").encode() + b"\n"


def utc(*args):
    return int(D.datetime(*args, tzinfo=UTC).timestamp())


def zone(data, key=None):
    return zoneinfo.ZoneInfo.from_file(io.BytesIO(data), key=key)


def show(z, label, walls, utcs):
    print("--", label, z.key)
    for w in walls:
        for fold in (0, 1):
            dt = w.replace(tzinfo=z, fold=fold)
            print("  wall %s fold=%d: %s %s %s" % (w, fold, dt.utcoffset(), dt.dst(), dt.tzname()))
    for u in utcs:
        local = u.replace(tzinfo=UTC).astimezone(z)
        print("  utc %s -> %s fold=%d %s" % (u, local.replace(tzinfo=None), local.fold, local.tzname()))


def around(*args, hours=3, step=30):
    base = D.datetime(*args)
    return [base + D.timedelta(minutes=m) for m in range(-hours * 60, hours * 60 + 1, step)]


# A northern zone with history and a US-style footer: standard -5, DST -4.
north = tzif(b"2", [(utc(2000, 4, 2, 7), 1), (utc(2000, 10, 29, 6), 2)],
             [(-17762, 0, "LMT"), (-14400, 1, "EDT"), (-18000, 0, "EST")], "EST5EDT,M3.2.0,M11.1.0")
z = zone(north, "Test/North")
show(z, "north", [D.datetime(1999, 1, 1), D.datetime(2000, 4, 2, 2, 30), D.datetime(2000, 10, 29, 1, 30),
                  D.datetime(2030, 3, 10, 2, 30), D.datetime(2030, 11, 3, 1, 30), D.datetime(2030, 7, 1)],
     around(2030, 3, 10, 7) + around(2030, 11, 3, 6) + around(2000, 10, 29, 6, hours=1))

# Southern hemisphere, with a 30-minute DST (Lord Howe style) and the rule only.
south = tzif(b"2", [], [(37800, 0, "+1030")], "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")
z = zone(south, "Test/South")
show(z, "south", [D.datetime(2031, 1, 15), D.datetime(2031, 4, 6, 1, 45), D.datetime(2031, 10, 5, 2, 15),
                  D.datetime(2031, 7, 1)], around(2031, 4, 5, 14, hours=1) + around(2031, 10, 4, 15, hours=1))

# Negative DST (Dublin style): winter is the "DST" type, one hour behind summer's standard.
dublin = tzif(b"2", [(utc(2020, 3, 29, 1), 1), (utc(2020, 10, 25, 1), 2)],
              [(-1521, 0, "LMT"), (3600, 0, "IST"), (0, 1, "GMT")], "IST-1GMT0,M10.5.0,M3.5.0/1")
z = zone(dublin, "Test/Dublin")
show(z, "negative dst", [D.datetime(2020, 7, 1), D.datetime(2020, 12, 1), D.datetime(2025, 10, 26, 1, 30),
                         D.datetime(2025, 3, 30, 1, 30), D.datetime(2040, 1, 1), D.datetime(2040, 8, 1)],
     around(2025, 10, 26, 1) + around(2025, 3, 30, 1))

# Version 3: switch times past 24 h and negative (Greenland style), J and n day forms.
v3 = tzif(b"3", [], [(-10800, 0, "-03")], "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1")
show(zone(v3), "v3 negative switch times", [D.datetime(2033, 3, 26, 21, 30), D.datetime(2033, 10, 29, 22, 30)],
     around(2033, 3, 26, 23, hours=1) + around(2033, 10, 30, 0, hours=1))
julian = tzif(b"3", [], [(7200, 0, "EET")], "EET-2EEST,J60/25,300/3")
show(zone(julian), "julian and zero-based days", [D.datetime(2032, 3, 1), D.datetime(2032, 3, 2, 0, 30),
                                                   D.datetime(2033, 3, 2, 0, 30), D.datetime(2032, 10, 27, 2, 30)],
     around(2032, 3, 1, 23, hours=1) + around(2032, 10, 27, 0, hours=1))

# Fixed offsets: a version-1 file without transitions, a footer without DST, a first type in DST.
show(zone(tzif(b"\0", [], [(19800, 0, "IST")])), "v1 fixed", [D.datetime(2020, 1, 1)], [D.datetime(2020, 1, 1)])
show(zone(tzif(b"2", [(utc(1990, 1, 1), 1)], [(3000, 0, "LMT"), (-9000, 0, "-0230")], "<-0230>2:30")),
     "fixed footer", [D.datetime(1980, 1, 1), D.datetime(2050, 6, 1)], [D.datetime(2050, 6, 1)])
dst_first = tzif(b"2", [(utc(1970, 1, 1), 0), (utc(1980, 1, 1), 1), (utc(1980, 6, 1), 0)],
                 [(7200, 1, "XDT"), (3600, 0, "XST")], "XST-1")
show(zone(dst_first), "dst first", [D.datetime(1960, 1, 1), D.datetime(1975, 1, 1), D.datetime(1980, 3, 1),
                                     D.datetime(2000, 1, 1)], [D.datetime(1979, 12, 31, 23, 30)])
only_dst = tzif(b"2", [(utc(1970, 1, 1), 0)], [(7200, 1, "YDT")], "")
show(zone(only_dst), "only dst", [D.datetime(1960, 1, 1), D.datetime(2000, 1, 1)], [])

# Arithmetic and conversion with a zone built here.
z = zone(north, "Test/North")
a = D.datetime(2030, 3, 10, 1, 30, tzinfo=z)
print(a + D.timedelta(hours=1), (a + D.timedelta(hours=1)).utcoffset(), a.astimezone(UTC))
b = D.datetime(2030, 11, 3, 1, 30, tzinfo=z)
print(b.astimezone(UTC), b.replace(fold=1).astimezone(UTC), b == b.replace(fold=1))
print(D.datetime(2030, 7, 1, tzinfo=z) - D.datetime(2030, 1, 1, tzinfo=z))

# TZ strings the footer parser refuses, each error naming the string, and some it takes.
for rule in ["PST8PDT", "+11", "GMT,M3.2.0/2,M11.1.0/3", "GMT0+11,M3.2.0/2,M11.1.0/3", "PST8PDT,M3.2.0/2",
             "PST8PDT,M3.2.0/2,", "STD+25", "STD-25", "STD+374", "STD+374DST,M3.2.0/2,M11.1.0/3",
             "STD+23DST+25,M3.2.0/2,M11.1.0/3", "AAA4BBB,M1443339,M11.1.0/3", "AAA4BBB,M3.2.0/2,0349309483959c",
             "AAA4BBB,M13.1.1/2,M1.1.1/2", "AAA4BBB,M0.1.1/2,M1.1.1/2", "AAA4BBB,M1.6.1/2,M1.1.1/2",
             "AAA4BBB,M1.1.7/2,M2.1.1/2", "AAA4BBB,-1/2,20/2", "AAA4BBB,367,20/2", "AAA4BBB,J0/2,J20/2",
             "AAA4BBB,J20/2,J366/2", "AAA4BBB,M3.2.0,M11.1.0,",
             "AAA4BBB,M3.2.0,M11.1.0x", "AAA4BBB,M3.2.0", "AAA4BBB,J365,n",
             "STD24", "STD-24:00:01", "<A>0", "AB0", "<+05x>-5", "AAA4BBB,0,365", "AAA4BBB5,J1,J365",
             "AAA4BBB,M3.2.0/+5,M11.1.0/5:59:60"]:
    try:
        z = zone(tzif(b"3", [], [(0, 0, "X")], rule))
        print("ok", rule, D.datetime(2030, 7, 1, tzinfo=z).utcoffset())
    except ValueError as e:
        print("ValueError", e)

# A zone with one offset answers for time objects too; one without types is refused.
utc_zone = zone(tzif(b"2", [(0, 0)], [(0, 0, "UTC")], "UTC0"), "UTC")
print(D.time(11, 15, tzinfo=utc_zone).tzname(), D.time(11, 15, tzinfo=utc_zone).utcoffset(),
      D.datetime(2020, 1, 1, tzinfo=utc_zone).tzname(), D.time(1, tzinfo=zone(north)).tzname())
# The repeated hour after a zone's last transition, when a fixed footer follows (Tokyo 1951).
tokyo = zone(tzif(b"2", [(utc(1951, 5, 5, 15), 1), (utc(1951, 9, 8, 15), 2)],
                  [(33539, 0, "LMT"), (36000, 1, "JDT"), (32400, 0, "JST")], "JST-9"))
for second in (-1, 0, 1, 3599, 3600):
    u = D.datetime(1951, 9, 8, 15, tzinfo=UTC) + D.timedelta(seconds=second)
    local = u.astimezone(tokyo)
    print(u.time(), local.replace(tzinfo=None), local.fold)

# Malformed files.
for data in [b"", b"TZi", b"XXXX" + bytes(40), north[:60], tzif(b"2", [(0, 5)], [(0, 0, "A")], "A0"),
             tzif(b"3", [], [], "")]:
    try:
        zone(data)
        print("loaded")
    except Exception as e:
        print(type(e).__name__)

# No local time types but a footer: the footer's rule is the whole zone (test_zoneinfo's
# TZ-string zones are made so). Neither types nor footer: ValueError.
rule_only = zone(tzif(b"3", [], [], "EST5EDT,M3.2.0/4:00,M11.1.0/3:00"))
for when in (D.datetime(2020, 1, 15), D.datetime(2020, 7, 1), D.datetime(2020, 3, 8, 4, 30)):
    local = when.replace(tzinfo=rule_only)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local.astimezone(UTC))
print(D.time(12, tzinfo=rule_only).utcoffset(), D.time(12, tzinfo=zone(tzif(b"3", [], [], "UTC0"))).utcoffset())
try:
    zone(tzif(b"3", [], [], ""))
except ValueError as e:
    print("ValueError", e)
