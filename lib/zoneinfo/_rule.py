# The POSIX TZ rule of a TZif footer ("EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30", RFC 8536
# section 3.3; switch times of one or two hour digits, which may be negative, as CPython 3.11
# reads them), which gives local time after a zone's last transition: one standard and one
# daylight time type and, per year, the two instants that switch between them.
# Written for pygen from POSIX (XBD 8.3, TZ) and RFC 8536.

import datetime as _datetime
import re as _re

__all__ = ["parse_rule"]

_DAY = 86400
_NAME = r"<([+\-0-9A-Za-z]+)>|([A-Za-z]+)"
_OFFSET = r"[+\-]?(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?"
_DATE = r"J(\d{1,3})|(\d{1,3})|M(\d{1,2})\.(\d)\.(\d)"
_TIME = r"/([+\-]?\d{1,2}(?::\d{2}(?::\d{2})?)?)"


def _hms(text):
    """Seconds of [+-]hh[:mm[:ss]]."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _days_in_month(year, month):
    if month == 12:
        return 31
    return (_datetime.date(year, month + 1, 1) - _datetime.date(year, month, 1)).days


class _Date:
    """One end of the DST period: a day of the year and the local time of the switch."""

    def __init__(self, spec, time):
        self.time = time
        if spec.startswith("M"):
            self.kind = "M"
            self.month, self.week, self.weekday = (int(p) for p in spec[1:].split("."))
        elif spec.startswith("J"):
            self.kind, self.n = "J", int(spec[1:])
        else:
            self.kind, self.n = "n", int(spec)

    def ordinal(self, year):
        """The proleptic ordinal of this day in year."""
        jan1 = _datetime.date(year, 1, 1).toordinal()
        if self.kind == "J":       # 1..365, February 29 never counted
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            return jan1 + self.n - 1 + (1 if leap and self.n >= 60 else 0)
        if self.kind == "n":
            # POSIX counts these from 0 (January 1), with February 29; CPython 3.11's zoneinfo
            # places day n one day earlier than that, and pygen answers as CPython does.
            return jan1 + self.n - 1
        first = _datetime.date(year, self.month, 1)
        # weekday(): Monday 0; POSIX counts from Sunday 0.
        day = 1 + (self.weekday - (first.weekday() + 1) % 7) % 7 + (self.week - 1) * 7
        while day > _days_in_month(year, self.month):
            day -= 7
        return first.toordinal() - 1 + day

    def wall(self, year):
        """Seconds since the epoch, in the local wall time of the switch, of this year's switch."""
        return (self.ordinal(year) - 719163) * _DAY + self.time


class _Rule:
    def __init__(self, std, dst, start, end, make_type):
        self.std_off, self.dst_off = std[1], dst[1] if dst else None
        self.std = make_type(std[1], 0, std[0])
        if dst is None:
            self.fixed = self.std
            return
        self.fixed = None
        self.dst = make_type(dst[1], dst[1] - std[1], dst[0])
        self.start, self.end = start, end

    def _switches(self, year):
        """This year's (start, end) in UTC seconds."""
        return self.start.wall(year) - self.std_off, self.end.wall(year) - self.dst_off

    def find_local(self, t, year, fold):
        if self.fixed is not None:
            return self.fixed
        start, end = self._switches(year)
        pick = max if fold == 0 else min
        start_wall = start + pick(self.std_off, self.dst_off)
        end_wall = end + pick(self.std_off, self.dst_off)
        if start < end:
            in_dst = start_wall <= t < end_wall
        else:
            in_dst = not (end_wall <= t < start_wall)
        return self.dst if in_dst else self.std

    def from_utc(self, t, year):
        """(offset, fold) for UTC seconds t in year."""
        if self.fixed is not None:
            return self.fixed.utcoff, False
        start, end = self._switches(year)
        if start < end:
            in_dst = start <= t < end
        else:
            in_dst = not (end <= t < start)
        if in_dst:
            # Entering DST repeats the clock when DST is behind standard time (negative DST).
            fold = start <= t < start + (self.std_off - self.dst_off)
            return self.dst.utcoff, fold
        fold = end <= t < end + (self.dst_off - self.std_off)
        return self.std.utcoff, fold


class _Scanner:
    """Reads a TZ string piece by piece; errors name the whole string, as CPython's do."""

    def __init__(self, text):
        self.text, self.pos = text, 0
        self.shown = repr(text.encode("ascii", "backslashreplace"))

    def take(self, pattern):
        m = _re.compile(pattern).match(self.text, self.pos)
        if m is None:
            return None
        self.pos = m.end()
        return m

    def at_end(self):
        return self.pos == len(self.text)

    def fail(self, what):
        return ValueError(what % self.shown)


def _offset(scan, what):
    """Seconds east of UTC of a POSIX offset (written west of UTC), at most 24 hours."""
    start = scan.pos
    m = scan.take(_OFFSET)
    if m is None or int(m.group(1)) > 24:
        raise scan.fail("Invalid " + what + " offset in %s")
    return -_hms(scan.text[start:scan.pos])


def _name(scan, what):
    m = scan.take(_NAME)
    if m is None:
        raise scan.fail("Invalid " + what + " format in %s")
    return m.group(1) or m.group(2)


def _switch(scan):
    m = scan.take(_DATE)
    if m is None:
        raise scan.fail("Malformed transition rule in TZ string: %s")
    julian, day, month, week, weekday = m.groups()
    if julian is not None:
        ok, spec = 1 <= int(julian) <= 365, "J" + julian
    elif day is not None:
        ok, spec = int(day) <= 365, day
    else:
        ok = 1 <= int(month) <= 12 and 1 <= int(week) <= 5 and int(weekday) <= 6
        spec = "M%s.%s.%s" % (month, week, weekday)
    if not ok:
        raise scan.fail("Malformed transition rule in TZ string: %s")
    t = scan.take(_TIME)
    return _Date(spec, _hms(t.group(1)) if t else 7200)


def parse_rule(text, make_type=None):
    """The rule of a TZ string, or ValueError naming the string."""
    if make_type is None:
        from zoneinfo import _TimeType

        def make_type(utcoff, dstoff, name):
            return _TimeType(_datetime.timedelta(seconds=utcoff), _datetime.timedelta(seconds=dstoff), name)
    scan = _Scanner(text)
    std = (_name(scan, "STD"), _offset(scan, "STD"))
    if scan.at_end():
        return _Rule(std, None, None, None, make_type)
    dst_name = _name(scan, "DST")
    if scan.at_end():
        raise scan.fail("Invalid DST offset in %s")
    dst = (dst_name, _offset(scan, "DST") if scan.text[scan.pos] != "," else std[1] + 3600)
    if scan.take(",") is None:
        raise scan.fail("Missing transition rules in TZ string: %s")
    begin = _switch(scan)
    if scan.take(",") is None:
        raise scan.fail("Missing transition rules in TZ string: %s")
    finish = _switch(scan)
    if not scan.at_end():
        raise scan.fail("Extraneous characters at end of TZ string: %s")
    return _Rule(std, dst, begin, finish, make_type)
