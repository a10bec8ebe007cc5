"""Dates, times, durations and fixed-offset time zones: CPython 3.11's datetime API, with the
reprs and error messages of its C implementation (_datetime).

pygen's own design: every date is a day number (0001-01-01 is day 1) converted to and from the
civil calendar with era arithmetic (400-year eras counted from March, so leap days fall at the
end of a year); timedelta is a single count of microseconds; time and datetime keep their
clock as microseconds since midnight beside the broken-out fields; comparison and hashing go
through one key per object (see _Ordered). Local time comes from the time module, strftime from
time.strftime (%f, %z and %Z done here) and strptime from the parser at the end of this file.
CPython counterpart: Modules/_datetimemodule.c (behaviour only).
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_SECOND = 1_000_000
_US_MINUTE = 60 * _US_SECOND
_US_HOUR = 60 * _US_MINUTE
_US_DAY = 24 * _US_HOUR
_MAX_DAYS = 999_999_999          # |timedelta.days| limit
_EPOCH_DAY = 719_163             # day number of 1970-01-01
_LAST_DAY = 3_652_059            # day number of 9999-12-31

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ---- argument errors as the C implementation words them

_ABSENT = object()     # the default of an argument C requires but checks after an earlier one


def _c_args(style, name=None, required=None):
    """Marks a method so that a call which cannot bind reports it as CPython's C datetime does:
    style "noargs" or "o" (METH_NOARGS / METH_O, `name` is "type.method"), "tuple"
    (PyArg_ParseTuple; "type.method" for an instance method, the bare name for a class method)
    or "kw" (PyArg_ParseTupleAndKeywords; name None words it "function");
    `required` counts the arguments C requires when the Python signature has a default standing
    for a pickle form. The wording is done by the VM when binding fails (vm/call_builtin_style.cpp)."""
    spec = (style, name) if required is None else (style, name, required)

    def mark(function):
        function.__pygen_argstyle__ = spec
        return function
    return mark


# ---- the calendar -----------------------------------------------------------------------------

def _leap(y):
    return not (y % 4 or (y % 100 == 0 and y % 400))


def _month_length(y, m):
    if m == 2:
        return 29 if _leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _day_number(y, m, d):
    """Days since 0000-12-31 of the proleptic Gregorian calendar (so 0001-01-01 is 1)."""
    if m <= 2:
        y -= 1
        m += 12
    era, year_of_era = divmod(y, 400)
    day_of_year = (153 * (m - 3) + 2) // 5 + d - 1          # counted from March 1st
    day_of_era = 365 * year_of_era + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146_097 + day_of_era - 305


def _civil(n):
    """(year, month, day) of day number n."""
    era, day_of_era = divmod(n + 305, 146_097)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36_524
                   - day_of_era // 146_096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153          # 0 = March ... 11 = February
    d = day_of_year - (153 * shifted_month + 2) // 5 + 1
    m = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    return year_of_era + 400 * era + (m <= 2), m, d


def _iso_week_one(y):
    """Day number of the Monday starting ISO week 1 of year y (the week holding January 4th)."""
    jan4 = _day_number(y, 1, 4)
    return jan4 - (jan4 - 1) % 7


def _iso_to_day_number(year, week, day):
    year, week, day = _int_arg(year), _int_arg(week), _int_arg(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    first = _iso_week_one(year)
    weeks = (_iso_week_one(year + 1) - first) // 7
    if week < 1 or week > weeks:
        raise ValueError(f"Invalid week: {week}")
    if day < 1 or day > 7:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return first + 7 * (week - 1) + day - 1


def _struct_time(n, y, m, d, hh, mm, ss, isdst):
    """time.struct_time for day number n (= y-m-d) at hh:mm:ss."""
    weekday = (n - 1) % 7
    yday = n - _day_number(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yday, isdst))


# ---- argument checks --------------------------------------------------------------------------

def _int_arg(value):
    if type(value) is int:
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return int(hook(value))


def _checked_date(y, m, d):
    y, m, d = _int_arg(y), _int_arg(m), _int_arg(d)
    if y < MINYEAR or y > MAXYEAR:
        raise ValueError(f"year {y} is out of range")
    if m < 1 or m > 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _month_length(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


_CLOCK_FIELDS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999_999))


def _checked_clock(values, fold):
    """[hour, minute, second, microsecond] as ints, each in range."""
    out = []
    for (name, top), v in zip(_CLOCK_FIELDS, values):
        v = _int_arg(v)
        if v < 0 or v > top:
            raise ValueError(f"{name} must be in 0..{top}")
        out.append(v)
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return out


def _checked_tzinfo(tz):
    if tz is None or isinstance(tz, tzinfo):
        return tz
    raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _offset_from(tz, which, arg):
    """tz.utcoffset(arg) or tz.dst(arg), checked: None or a timedelta within a day."""
    if tz is None:
        return None
    got = getattr(tz, which)(arg)
    if got is None:
        return None
    if not isinstance(got, timedelta):
        raise TypeError(f"tzinfo.{which}() must return None or timedelta, "
                        f"not '{type(got).__name__}'")
    if not -_US_DAY < got._us < _US_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return got


def _zone_name(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is None or isinstance(name, str):
        return name
    raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")


def _type_label(obj):
    """What the C implementation prints for a type: 'datetime.date' for ours, the bare name of
    a subclass."""
    cls = type(obj)
    return "datetime." + cls.__name__ if cls in _OWN_CLASSES else cls.__name__


def _arg_label(obj):
    """An argument's type in a "must be X, not Y" message: None is named as itself."""
    return "None" if obj is None else _type_label(obj)


# ---- text -------------------------------------------------------------------------------------

def _offset_text(off, sep=":"):
    """+HH:MM[:SS[.ffffff]] for an offset timedelta, '' for None."""
    if off is None:
        return ""
    us = off._us
    sign = "-" if us < 0 else "+"
    seconds, frac = divmod(abs(us), _US_SECOND)
    minutes, s = divmod(seconds, 60)
    h, m = divmod(minutes, 60)
    text = f"{sign}{h:02d}{sep}{m:02d}"
    if s or frac:
        text += f"{sep}{s:02d}"
        if frac:
            text += f".{frac:06d}"
    return text


def _clock_text(h, m, s, us, timespec):
    if not isinstance(timespec, str):
        raise TypeError(f"isoformat() argument 1 must be str, not {type(timespec).__name__}")
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{h:02d}"
    if timespec == "minutes":
        return f"{h:02d}:{m:02d}"
    if timespec == "seconds":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if timespec == "milliseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _format(obj, fmt, tt):
    """strftime: %f, %z and %Z are expanded here, everything else by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    if '%f' not in fmt and '%z' not in fmt and '%Z' not in fmt:
        # No directive of ours: the loop below would hand fmt over unchanged.
        return _time.strftime(fmt, tt)
    parts = []
    start = 0
    while True:
        at = fmt.find('%', start)
        if at < 0 or at + 1 >= len(fmt):
            parts.append(fmt[start:])
            break
        code = fmt[at + 1]
        parts.append(fmt[start:at])
        if code == 'f':
            parts.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif code == 'z':
            parts.append(_offset_text(obj.utcoffset(), "") if hasattr(obj, 'utcoffset') else "")
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            parts.append("" if name is None else name.replace('%', '%%'))
        else:
            parts.append('%' + code)
        start = at + 2
    return _time.strftime(''.join(parts), tt)


def _format_spec(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"__format__() argument 1 must be str, not {type(fmt).__name__}")
    return obj.strftime(fmt) if fmt else str(obj)


# ---- ordering ---------------------------------------------------------------------------------

class _Ordered:
    """Rich comparisons from one method: _cmp(other, eq) returns NotImplemented, a number
    (<0, 0, >0), or None for 'unequal and unordered' (only asked for when eq is true)."""
    __slots__ = ()

    def __eq__(self, other):
        c = self._cmp(other, True)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._cmp(other, True)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._cmp(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, False)
        return c if c is NotImplemented else c >= 0


def _sign(x):
    return (x > 0) - (x < 0)


# ---- timedelta --------------------------------------------------------------------------------

_TD_UNITS = (("days", _US_DAY), ("seconds", _US_SECOND), ("microseconds", 1),
             ("milliseconds", 1000), ("minutes", _US_MINUTE), ("hours", _US_HOUR),
             ("weeks", 7 * _US_DAY))


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, ties to even (b may be negative)."""
    return _round_half_even(-a, -b) if b < 0 else _round_half_even(a, b)


def _round_away(x):
    """C's round(): the nearest integral float, ties away from zero."""
    t = float(int(x))
    if abs(x - t) >= 0.5:
        t += 1.0 if x > 0 else -1.0
    return t


def _micros(x):
    """A timedelta's microseconds; None for anything else."""
    return x._us if isinstance(x, timedelta) else None


def _round_half_even(num, den):
    """num / den (den > 0) rounded to the nearest int, ties to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q & 1):
        q += 1
    return q


def _float_ratio(value):
    got = value.as_integer_ratio()
    if type(got) is not tuple:
        raise TypeError("unexpected return type from as_integer_ratio(): "
                        f"expected tuple, got '{type(got).__name__}'")
    if len(got) != 2:
        raise ValueError("as_integer_ratio() must return a 2-tuple")
    return got


class timedelta(_Ordered):
    """A duration, normalised to days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ("_us", "_days", "_seconds", "_microseconds", "_hashcode")

    @_c_args('kw', '__new__')
    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # As the C implementation sums: integer parts exactly in microseconds; a float's
        # fraction is scaled to microseconds in float arithmetic, whose own fraction is kept
        # aside and rounded once at the end (a tie goes to the even total).
        total, spare = 0, 0.0
        for (label, unit), value in zip(_TD_UNITS, (days, seconds, microseconds, milliseconds,
                                                     minutes, hours, weeks)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                ipart = int(value)
                total += ipart * unit
                frac = value - ipart
                if frac:
                    scaled = frac * unit
                    whole_us = int(scaled)
                    total += whole_us
                    spare += scaled - whole_us
            else:
                raise TypeError(f"unsupported type for timedelta {label} component: "
                                f"{type(value).__name__}")
        if spare:
            nearest = _round_away(spare)
            if abs(nearest - spare) == 0.5:
                odd = total & 1
                nearest = 2.0 * _round_away((spare + odd) * 0.5) - odd
            total += int(nearest)
        return cls._make(total)

    @classmethod
    def _make(cls, us):
        days, rest = divmod(us, _US_DAY)
        if days > _MAX_DAYS or days < -_MAX_DAYS:
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DAYS}")
        self = object.__new__(cls)
        self._us = us
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_SECOND)
        self._hashcode = None
        return self

    days = property(lambda self: self._days, doc="Number of days.")
    seconds = property(lambda self: self._seconds, doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    @_c_args('noargs', 'timedelta.total_seconds')
    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._us / _US_SECOND

    def __repr__(self):
        shown = [f"{label}={value}" for label, value in
                 (("days", self._days), ("seconds", self._seconds),
                  ("microseconds", self._microseconds)) if value]
        return f"{_type_label(self)}({', '.join(shown) or '0'})"

    def __str__(self):
        minutes, s = divmod(self._seconds, 60)
        h, m = divmod(minutes, 60)
        text = f"{h}:{m:02d}:{s:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, " + text
        return text

    def _cmp(self, other, eq):
        theirs = _micros(other)
        return NotImplemented if theirs is None else _sign(self._us - theirs)

    def __hash__(self):
        if self._hashcode is None:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._us != 0

    def __add__(self, other):
        theirs = _micros(other)
        return NotImplemented if theirs is None else timedelta._make(self._us + theirs)

    __radd__ = __add__

    def __sub__(self, other):
        theirs = _micros(other)
        return NotImplemented if theirs is None else timedelta._make(self._us - theirs)

    def __rsub__(self, other):
        theirs = _micros(other)
        return NotImplemented if theirs is None else timedelta._make(theirs - self._us)

    def __neg__(self):
        return timedelta._make(-self._us)

    def __pos__(self):
        return timedelta._make(self._us)

    def __abs__(self):
        return timedelta._make(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._make(self._us * other)
        if isinstance(other, float):
            a, b = _float_ratio(other)
            return timedelta._make(_round_half_even(self._us * a, b))
        return NotImplemented

    __rmul__ = __mul__

    @staticmethod
    def _nonzero(d):
        if d == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return d

    def __floordiv__(self, other):
        theirs = _micros(other)
        if theirs is not None:
            return self._us // self._nonzero(theirs)
        if isinstance(other, int):
            return timedelta._make(self._us // self._nonzero(other))
        return NotImplemented

    def __truediv__(self, other):
        theirs = _micros(other)
        if theirs is not None:
            if not theirs:
                raise ZeroDivisionError("division by zero")
            return self._us / theirs
        if isinstance(other, int):
            num, den = self._us, self._nonzero(other)
        elif isinstance(other, float):
            a, b = _float_ratio(other)
            if a == 0:
                raise ZeroDivisionError("float division by zero")
            num, den = self._us * b, a
        else:
            return NotImplemented
        return timedelta._make(_divide_and_round(num, den))

    def __mod__(self, other):
        theirs = _micros(other)
        if theirs is None:
            return NotImplemented
        return timedelta._make(self._us % self._nonzero(theirs))

    def __divmod__(self, other):
        theirs = _micros(other)
        if theirs is None:
            return NotImplemented
        q, r = divmod(self._us, self._nonzero(theirs))
        return q, timedelta._make(r)

    @_c_args('noargs', 'timedelta.__reduce__')
    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta._make(-_MAX_DAYS * _US_DAY)
timedelta.max = timedelta._make((_MAX_DAYS + 1) * _US_DAY - 1)
timedelta.resolution = timedelta._make(1)
_ONE_DAY = timedelta._make(_US_DAY)


# ---- tzinfo -----------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information objects."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pass    # as C's tzinfo, whatever arguments a subclass's __new__ takes

    @_c_args('o', 'tzinfo.tzname')
    def tzname(self, dt, /):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    @_c_args('o', 'tzinfo.utcoffset')
    def utcoffset(self, dt, /):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    @_c_args('o', 'tzinfo.dst')
    def dst(self, dt, /):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    @_c_args('o', 'tzinfo.fromutc')
    def fromutc(self, dt, /):
        """datetime in UTC -> datetime in local time (the default, standard-plus-dst rule)."""
        _need_datetime(dt, "fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        total = dt.utcoffset()
        if total is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = total - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving

    @_c_args('noargs', 'tzinfo.__reduce__')
    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs is not None else ()
        return type(self), args, getattr(self, "__dict__", None) or None


_TZINFO = tzinfo       # for methods whose 'tzinfo' parameter hides the class


# ---- date -------------------------------------------------------------------------------------

def _need_datetime(dt, message):
    if not isinstance(dt, datetime):
        raise TypeError(message)


def _need_str(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")


def _missing(name, pos):
    return TypeError(f"function missing required argument '{name}' (pos {pos})")


def _state_bytes(state):
    return state.encode("latin1") if isinstance(state, str) else state


class date(_Ordered):
    """date(year, month, day): a day of the proleptic Gregorian calendar."""
    __slots__ = ("_year", "_month", "_day", "_n", "_hashcode")

    @_c_args('kw', None, 3)
    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4 \
                and 1 <= ord(year[2:3]) <= 12:
            raw = _state_bytes(year)            # pickle state: year (2 bytes), month, day
            return cls._make(int.from_bytes(raw[:2], "big"), raw[2], raw[3])
        if month is None or day is None:
            _int_arg(year)
            raise _missing("month", 2) if month is None else _missing("day", 3)
        return cls._make(*_checked_date(year, month, day))

    @classmethod
    def _make(cls, y, m, d, n=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._n = _day_number(y, m, d) if n is None else n
        self._hashcode = None
        return self

    @classmethod
    def _from_day_number(cls, n):
        if n < 1 or n > _LAST_DAY:
            raise OverflowError("date value out of range")
        y, m, d = _civil(n)
        if cls is date:
            return date._make(y, m, d, n)
        return cls(y, m, d)

    # -- other constructors

    @classmethod
    @_c_args('o', 'date.fromtimestamp')
    def fromtimestamp(cls, t, /):
        """Local date of the POSIX timestamp t."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    @_c_args('noargs', 'date.today')
    def today(cls):
        """Current date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    @_c_args('tuple', 'fromordinal')
    def fromordinal(cls, n, /):
        """Date from its proleptic Gregorian ordinal (0001-01-01 is 1)."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _LAST_DAY:
            raise ValueError(f"year {_civil(n)[0]} is out of range")
        return cls(*_civil(n))

    @classmethod
    @_c_args('o', 'date.fromisoformat')
    def fromisoformat(cls, date_string, /):
        """Date from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
        _need_str(date_string)
        fields = _iso_date(date_string) if len(date_string) in (7, 8, 10) else None
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*fields)

    @classmethod
    @_c_args('kw', 'fromisocalendar')
    def fromisocalendar(cls, year, week, day):
        """Date from ISO year, week number and weekday (1 = Monday)."""
        return cls(*_civil(_iso_to_day_number(year, week, day)))

    # -- fields and views

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @_c_args('noargs', 'date.toordinal')
    def toordinal(self):
        """Proleptic Gregorian ordinal: 0001-01-01 is 1."""
        return self._n

    @_c_args('noargs', 'date.weekday')
    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return (self._n - 1) % 7

    @_c_args('noargs', 'date.isoweekday')
    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return (self._n - 1) % 7 + 1

    @_c_args('noargs', 'date.isocalendar')
    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday), with names."""
        n, y = self._n, self._year
        start = _iso_week_one(y + 1)
        if n >= start:
            y += 1
        else:
            start = _iso_week_one(y)
            if n < start:
                y -= 1
                start = _iso_week_one(y)
        week, day = divmod(n - start, 7)
        return IsoCalendarDate(y, week + 1, day + 1)

    @_c_args('noargs', 'date.timetuple')
    def timetuple(self):
        """time.struct_time of this date at midnight (tm_isdst -1)."""
        return _struct_time(self._n, self._year, self._month, self._day, 0, 0, 0, -1)

    @_c_args('kw', 'replace')
    def replace(self, year=None, month=None, day=None):
        """A date with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- text

    def __repr__(self):
        return f"{_type_label(self)}({self._year}, {self._month}, {self._day})"

    @_c_args('noargs', 'date.isoformat')
    def isoformat(self):
        """YYYY-MM-DD."""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    @_c_args('noargs', 'date.ctime')
    def ctime(self):
        """Like time.ctime(): 'Wed Jan  1 00:00:00 2020'."""
        return (f"{_WEEKDAY_ABBR[(self._n - 1) % 7]} {_MONTH_ABBR[self._month - 1]} "
                f"{self._day:2d} 00:00:00 {self._year:04d}")

    @_c_args('kw', 'strftime')
    def strftime(self, format):
        """Format with time.strftime() directives."""
        return _format(self, format, self.timetuple())

    @_c_args('tuple', 'date.__format__')
    def __format__(self, fmt, /):
        return _format_spec(self, fmt)

    # -- comparison, hashing, arithmetic

    def _cmp(self, other, eq):
        # A datetime on the right compares by its date here; the operators reach
        # datetime's own (reflected) comparison first, which refuses the mix.
        if not isinstance(other, date):
            return NotImplemented
        return _sign(self._n - other._n)

    def __hash__(self):
        if self._hashcode is None:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if _micros(other) is None:
            return NotImplemented
        return type(self)._from_day_number(self._n + other._days)

    __radd__ = __add__

    def __sub__(self, other):
        if _micros(other) is not None:
            return type(self)._from_day_number(self._n - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta._make((self._n - other._n) * _US_DAY)
        return NotImplemented

    @_c_args('noargs', 'date.__reduce__')
    def __reduce__(self):
        raw = self._year.to_bytes(2, "big") + bytes((self._month, self._day))
        return type(self), (raw,)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = _ONE_DAY


class IsoCalendarDate(tuple):
    """date.isocalendar()'s result: a (year, week, weekday) tuple with names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        y, w, d = self
        return f"datetime.IsoCalendarDate(year={y}, week={w}, weekday={d})"


# ---- timezone ---------------------------------------------------------------------------------

_NO_NAME = object()


class timezone(tzinfo):
    """timezone(offset[, name]): a fixed offset from UTC."""
    __slots__ = ("_offset", "_name")

    @_c_args('kw', 'timezone')
    def __new__(cls, offset, name=_NO_NAME):
        if _micros(offset) is None:
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is _NO_NAME:
            if not offset._us and cls is timezone:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -_US_DAY < offset._us < _US_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._make(offset, name)

    @classmethod
    def _make(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    @_c_args('noargs', 'timezone.__getinitargs__')
    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset._us == other._offset._us

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        inner = repr(self._offset) if self._name is None else f"{self._offset!r}, {self._name!r}"
        return f"{_type_label(self)}({inner})"

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None:
            _need_datetime(dt, f"{what}(dt) argument must be a datetime instance or None, "
                               f"not {type(dt).__name__}")

    @_c_args('o', 'timezone.utcoffset')
    def utcoffset(self, dt, /):
        self._check_arg(dt, "utcoffset")
        return self._offset

    @_c_args('o', 'timezone.tzname')
    def tzname(self, dt, /):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        return "UTC" + _offset_text(self._offset) if self._offset._us else "UTC"

    @_c_args('o', 'timezone.dst')
    def dst(self, dt, /):
        self._check_arg(dt, "dst")
        return None

    @_c_args('o', 'timezone.fromutc')
    def fromutc(self, dt, /):
        _need_datetime(dt, "fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = timezone._make(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._make(timedelta(hours=-23, minutes=-59))
timezone.max = timezone._make(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---- time -------------------------------------------------------------------------------------

def _clock_state(h, m, s, us, fold_bit):
    return bytes((h | fold_bit, m, s)) + us.to_bytes(3, "big")


def _clock_repr(prefix, fields, tz, fold, fold_first):
    """'name(a, b[, c[, d]]' + tzinfo/fold keywords + ')': trailing zero seconds and
    microseconds are left out."""
    shown = list(fields)
    while len(shown) > len(fields) - 2 and shown[-1] == 0:
        shown.pop()
    extras = []
    if tz is not None:
        extras.append(f"tzinfo={tz!r}")
    if fold:
        extras.insert(0 if fold_first else len(extras), "fold=1")
    return f"{prefix}({', '.join(map(str, shown + extras))})"


class time(_Ordered):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]): a time of day."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_clock",
                 "_hashcode")

    @_c_args('kw', None)
    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24:
            raw = _state_bytes(hour)         # pickle state: hour (+128 for fold), min, sec, us
            zone = minute if minute else None
            if zone is not None and not isinstance(zone, _TZINFO):
                raise TypeError("bad tzinfo state arg")
            return cls._make(raw[0] & 0x7F, raw[1], raw[2], int.from_bytes(raw[3:6], "big"),
                             _checked_tzinfo(zone), raw[0] >> 7)
        clock = _checked_clock((hour, minute, second, microsecond), fold)
        return cls._make(*clock, _checked_tzinfo(tzinfo), fold)

    @classmethod
    def _make(cls, h, m, s, us, tz, fold):
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = h, m, s, us
        self._tzinfo, self._fold = tz, fold
        self._clock = ((h * 60 + m) * 60 + s) * _US_SECOND + us
        self._hashcode = None
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    @_c_args('o', 'time.fromisoformat')
    def fromisoformat(cls, time_string, /):
        """Time from HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] (or the basic forms)."""
        _need_str(time_string)
        text = time_string[1:] if time_string.startswith("T") else time_string
        fields = _iso_time(text)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*fields)

    @_c_args('noargs', 'time.utcoffset')
    def utcoffset(self):
        """The offset from UTC its tzinfo gives (for None), or None."""
        return _offset_from(self._tzinfo, "utcoffset", None)

    @_c_args('noargs', 'time.dst')
    def dst(self):
        """The DST adjustment its tzinfo gives (for None), or None."""
        return _offset_from(self._tzinfo, "dst", None)

    @_c_args('noargs', 'time.tzname')
    def tzname(self):
        """The zone name its tzinfo gives (for None), or None."""
        return _zone_name(self._tzinfo, None)

    @_c_args('kw', 'replace')
    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """A time with the given fields changed."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        return _clock_repr(_type_label(self),
                           (self._hour, self._minute, self._second, self._microsecond),
                           self._tzinfo, self._fold, fold_first=False)

    @_c_args('kw', 'isoformat')
    def isoformat(self, timespec="auto"):
        """HH:MM:SS[.ffffff][+HH:MM], shortened or lengthened by timespec."""
        return (_clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset()))

    __str__ = isoformat

    @_c_args('kw', 'strftime')
    def strftime(self, format):
        """Format with time.strftime() directives (the date part is 1900-01-01)."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _format(self, format, tt)

    @_c_args('tuple', 'time.__format__')
    def __format__(self, fmt, /):
        return _format_spec(self, fmt)

    def _utc_clock(self):
        """Microseconds since midnight shifted to UTC (as is for naive times)."""
        off = self.utcoffset()
        return self._clock if off is None else self._clock - off._us

    def _cmp(self, other, eq):
        if not isinstance(other, time):
            return NotImplemented
        same_zone = self._tzinfo is other._tzinfo
        if same_zone:
            return _sign(self._clock - other._clock)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _sign(self._clock - other._clock)
        if mine is None or theirs is None:
            if eq:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _sign((self._clock - mine._us) - (other._clock - theirs._us))

    def __hash__(self):
        if self._hashcode is None:
            base = self.replace(fold=0) if self._fold else self
            self._hashcode = hash(base._utc_clock())
        return self._hashcode

    def __bool__(self):
        return True

    @_c_args('tuple', 'time.__reduce_ex__')
    def __reduce_ex__(self, protocol, /):
        fold_bit = 128 if self._fold and protocol > 3 else 0
        state = _clock_state(self._hour, self._minute, self._second, self._microsecond, fold_bit)
        args = (state,) if self._tzinfo is None else (state, self._tzinfo)
        return type(self), args

    @_c_args('noargs', 'time.__reduce__')
    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999_999)
time.resolution = timedelta._make(1)


# ---- datetime ---------------------------------------------------------------------------------

def _wall_seconds(fields):
    """Seconds since the epoch of a broken-down (y, m, d, hh, mm, ss, ...) read as UTC."""
    y, m, d, hh, mm, ss = fields[:6]
    return ((_day_number(y, m, d) - _EPOCH_DAY) * 24 + hh) * 3600 + mm * 60 + ss


def _local_offset(u):
    """Local UTC offset, in seconds, at POSIX time u."""
    return _wall_seconds(_time.localtime(u)) - u


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[, tzinfo]]]]])."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_clock")

    @_c_args('kw', None, 3)
    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= ord(year[2:3]) & 0x7F <= 12:
            raw = _state_bytes(year)    # pickle state: date bytes (month +128 for fold), clock
            zone = month
            if zone is not None and not isinstance(zone, _TZINFO):
                raise TypeError("bad tzinfo state arg")
            return cls._make(int.from_bytes(raw[:2], "big"), raw[2] & 0x7F, raw[3], raw[4],
                             raw[5], raw[6], int.from_bytes(raw[7:10], "big"), zone, raw[2] >> 7)
        # The common call, exact ints all in range and no zone: the checks below would pass them
        # unchanged, so they are skipped (only for values that need no conversion or message).
        if (type(year) is int and type(month) is int and type(day) is int and type(hour) is int
                and type(minute) is int and type(second) is int and type(microsecond) is int
                and tzinfo is None and type(fold) is int and fold == 0
                and MINYEAR <= year <= MAXYEAR and 1 <= month <= 12
                and 1 <= day <= (28 if month == 2 else 30) and 0 <= hour <= 23
                and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999_999):
            return cls._make(year, month, day, hour, minute, second, microsecond, None, 0)
        if month is None:
            raise _missing("month", 2)
        if day is None:
            raise _missing("day", 3)
        y, m, d = _checked_date(year, month, day)
        clock = _checked_clock((hour, minute, second, microsecond), fold)
        return cls._make(y, m, d, *clock, _checked_tzinfo(tzinfo), fold)

    @classmethod
    def _make(cls, y, m, d, hh, mi, ss, us, tz, fold, n=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._n = _day_number(y, m, d) if n is None else n
        self._hour, self._minute, self._second, self._microsecond = hh, mi, ss, us
        self._tzinfo, self._fold = tz, fold
        self._clock = ((hh * 60 + mi) * 60 + ss) * _US_SECOND + us
        self._hashcode = None
        return self

    def _moment(self):
        """Microseconds since 0001-01-01T00:00 of the wall clock (ignoring the tzinfo)."""
        return (self._n - 1) * _US_DAY + self._clock

    @classmethod
    def _at_moment(cls, us, tz, fold=0):
        """The datetime whose _moment() is us, with the given tzinfo."""
        days, clock = divmod(us, _US_DAY)
        n = days + 1
        if n < 1 or n > _LAST_DAY:
            raise OverflowError("date value out of range")
        y, m, d = _civil(n)
        seconds, micro = divmod(clock, _US_SECOND)
        minutes, s = divmod(seconds, 60)
        h, mi = divmod(minutes, 60)
        if cls is datetime:
            return datetime._make(y, m, d, h, mi, s, micro, tz, fold, n)
        return cls(y, m, d, h, mi, s, micro, tz, fold=fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- other constructors

    @classmethod
    def _from_posix(cls, t, tz, utc):
        if isinstance(t, float):
            whole = _time_floor(t)
            us = round((t - whole) * _US_SECOND)
        else:
            whole, us = _int_arg(t), 0
        if us >= _US_SECOND:
            whole, us = whole + 1, us - _US_SECOND
        broken = (_time.gmtime if utc else _time.localtime)(whole)
        y, m, d, hh, mi, ss = broken[:6]
        made = cls(y, m, d, hh, mi, min(ss, 59), us, tz)
        if tz is not None:
            return tz.fromutc(made)
        if not utc and whole >= 86400:
            # the second of two instants showing this wall time has fold=1
            now, before = _local_offset(whole), _local_offset(whole - 86400)
            if before > now:
                earlier = whole - (before - now)
                if _wall_seconds(_time.localtime(earlier)) == _wall_seconds(broken):
                    made = made.replace(fold=1)
        return made

    @classmethod
    @_c_args('kw', 'fromtimestamp')
    def fromtimestamp(cls, timestamp, tz=None):
        """Local (or tz's) datetime of the POSIX timestamp."""
        _checked_tzinfo(tz)
        return cls._from_posix(timestamp, tz, tz is not None)

    @classmethod
    @_c_args('tuple', 'utcfromtimestamp')
    def utcfromtimestamp(cls, t, /):
        """Naive UTC datetime of the POSIX timestamp t."""
        return cls._from_posix(t, None, True)

    @classmethod
    @_c_args('kw', 'now')
    def now(cls, tz=None):
        """The current local (or tz's) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    @_c_args('noargs', 'datetime.utcnow')
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    @_c_args('kw', 'combine', 2)
    def combine(cls, date, time=_ABSENT, tzinfo=True):
        """A datetime from a date and a time (and the time's tzinfo unless given)."""
        # C checks each argument's type as it reaches it: a bad date is reported before a
        # missing time, so time's absence is found here rather than when binding.
        if not isinstance(date, _date_type):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {_arg_label(date)}")
        if time is _ABSENT:
            raise TypeError("combine() missing required argument 'time' (pos 2)")
        if not isinstance(time, _time_type):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {_arg_label(time)}")
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, zone, fold=time.fold)

    @classmethod
    @_c_args('o', 'datetime.fromisoformat')
    def fromisoformat(cls, date_string, /):
        """A datetime from the ISO 8601 forms date.fromisoformat() and time.fromisoformat()
        accept, joined by any one character."""
        _need_str(date_string)
        # YYYY-MM-DD?HH:MM:SS[.ffffff] in ASCII digits, what isoformat() writes for naive
        # datetimes: read directly; _iso_datetime reads these the same way, and everything else.
        n = len(date_string)
        if ((n == 19 or (n == 26 and date_string[19] in ".,")) and date_string.isascii()
                and date_string[4] == "-" and date_string[7] == "-" and date_string[13] == ":"
                and date_string[16] == ":" and date_string[5] != "W"):
            y, mo, d = date_string[0:4], date_string[5:7], date_string[8:10]
            h, mi, sec = date_string[11:13], date_string[14:16], date_string[17:19]
            frac = date_string[20:26] if n == 26 else "0"
            if (y.isdigit() and mo.isdigit() and d.isdigit() and h.isdigit() and mi.isdigit()
                    and sec.isdigit() and frac.isdigit()):
                return cls(int(y), int(mo), int(d), int(h), int(mi), int(sec), int(frac), None)
        fields = _iso_datetime(date_string)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*fields)

    @classmethod
    @_c_args('tuple', 'strptime')
    def strptime(cls, date_string, format, /):
        """A datetime parsed from date_string by format (time.strptime's directives)."""
        return _strptime_datetime(cls, date_string, format)

    # -- views

    @_c_args('noargs', 'datetime.date')
    def date(self):
        """The date part."""
        return date._make(self._year, self._month, self._day, self._n)

    @_c_args('noargs', 'datetime.time')
    def time(self):
        """The time part, without tzinfo."""
        return time._make(self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    @_c_args('noargs', 'datetime.timetz')
    def timetz(self):
        """The time part, with the same tzinfo."""
        return time._make(self._hour, self._minute, self._second, self._microsecond,
                          self._tzinfo, self._fold)

    @_c_args('kw', 'replace')
    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A datetime with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    @_c_args('noargs', 'datetime.utcoffset')
    def utcoffset(self):
        """The offset from UTC its tzinfo gives, or None."""
        return _offset_from(self._tzinfo, "utcoffset", self)

    @_c_args('noargs', 'datetime.dst')
    def dst(self):
        """The DST adjustment its tzinfo gives, or None."""
        return _offset_from(self._tzinfo, "dst", self)

    @_c_args('noargs', 'datetime.tzname')
    def tzname(self):
        """The zone name its tzinfo gives, or None."""
        return _zone_name(self._tzinfo, self)

    @_c_args('noargs', 'datetime.timetuple')
    def timetuple(self):
        """time.struct_time, tm_isdst from dst() (-1 when unknown)."""
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        return _struct_time(self._n, self._year, self._month, self._day,
                            self._hour, self._minute, self._second, flag)

    @_c_args('noargs', 'datetime.utctimetuple')
    def utctimetuple(self):
        """time.struct_time of the UTC time (tm_isdst 0)."""
        off = self.utcoffset()
        moment = self if not off else self - off
        return _struct_time(moment._n, moment._year, moment._month, moment._day,
                            moment._hour, moment._minute, moment._second, 0)

    def _local_posix(self):
        """POSIX seconds of this naive wall time read as local time (fold picks between the
        two readings of a repeated time; in a skipped time fold=0 uses the offset before)."""
        wall = _wall_seconds((self._year, self._month, self._day,
                              self._hour, self._minute, self._second))
        offsets = {_local_offset(wall + shift) for shift in (-86400, 0, 86400)}
        exact = sorted(wall - o for o in offsets if _local_offset(wall - o) == o)
        if exact:
            return exact[-1] if self._fold else exact[0]
        guesses = sorted(wall - o for o in offsets)
        return guesses[0] if self._fold else guesses[-1]

    @_c_args('noargs', 'datetime.timestamp')
    def timestamp(self):
        """POSIX timestamp (naive datetimes are local time)."""
        off = self.utcoffset()
        if off is None:
            return self._local_posix() + self._microsecond / _US_SECOND
        return (self._moment() - off._us - _EPOCH_MOMENT) / _US_SECOND

    def _local_zone(self):
        """The local zone, as a fixed-offset timezone, at this instant."""
        off = self.utcoffset()
        if off is None:
            seconds = self._local_posix()
        else:
            seconds = (self._moment() - off._us - _EPOCH_MOMENT) // _US_SECOND
        broken = _time.localtime(seconds)
        shift = _wall_seconds(broken) - seconds
        return timezone(timedelta(seconds=shift), _time.strftime("%Z", broken))

    @_c_args('kw', 'astimezone')
    def astimezone(self, tz=None):
        """The same instant in tz (the local zone by default)."""
        if tz is None:
            tz = self._local_zone()
        else:
            _checked_tzinfo(tz)
        source = self._tzinfo
        off = self.utcoffset()
        if off is None:
            source = self.replace(tzinfo=None)._local_zone()
            off = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc(type(self)._at_moment(self._moment() - off._us, tz))

    # -- text

    def __repr__(self):
        fields = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond)
        return _clock_repr(_type_label(self), fields, self._tzinfo, self._fold, fold_first=True)

    @_c_args('kw', 'isoformat')
    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DD<sep>HH:MM:SS[.ffffff][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, "
                            f"not {type(sep).__name__}")
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}{clock}"
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    @_c_args('noargs', 'datetime.ctime')
    def ctime(self):
        """Like time.ctime(): 'Wed Jan  1 12:30:00 2020'."""
        return (f"{_WEEKDAY_ABBR[(self._n - 1) % 7]} {_MONTH_ABBR[self._month - 1]} "
                f"{self._day:2d} {self._hour:02d}:{self._minute:02d}:{self._second:02d} "
                f"{self._year:04d}")

    @_c_args('kw', 'strftime')
    def strftime(self, format):
        """Format with time.strftime() directives (plus %f, %z, %Z)."""
        return _format(self, format, self.timetuple())

    # -- comparison, hashing, arithmetic

    def _cmp(self, other, eq):
        if isinstance(other, date) and not isinstance(other, datetime):
            if eq:
                return None
            raise TypeError(f"can't compare {_type_label(self)} to {_type_label(other)}")
        if not isinstance(other, datetime):
            return NotImplemented
        same_zone = self._tzinfo is other._tzinfo
        if same_zone:
            return _sign(self._moment() - other._moment())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if eq and (mine != self.replace(fold=1 - self._fold).utcoffset()
                   or theirs != other.replace(fold=1 - other._fold).utcoffset()):
            return None      # PEP 495: a repeated or skipped time is unequal across zones
        if mine == theirs:
            return _sign(self._moment() - other._moment())
        if mine is None or theirs is None:
            if eq:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _sign((self._moment() - mine._us) - (other._moment() - theirs._us))

    def __hash__(self):
        if self._hashcode is None:
            base = self.replace(fold=0) if self._fold else self
            off = base.utcoffset()
            self._hashcode = hash(self._moment() - (off._us if off else 0))
        return self._hashcode

    def __add__(self, other):
        theirs = _micros(other)
        if theirs is None:
            return NotImplemented
        return type(self)._at_moment(self._moment() + theirs, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        theirs = _micros(other)
        if theirs is not None:
            return type(self)._at_moment(self._moment() - theirs, self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        gap = self._moment() - other._moment()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                gap += theirs._us - mine._us
        return timedelta._make(gap)

    @_c_args('tuple', 'datetime.__reduce_ex__')
    def __reduce_ex__(self, protocol, /):
        fold_bit = 128 if self._fold and protocol > 3 else 0
        state = (self._year.to_bytes(2, "big") + bytes((self._month | fold_bit, self._day))
                 + _clock_state(self._hour, self._minute, self._second, self._microsecond, 0))
        args = (state,) if self._tzinfo is None else (state, self._tzinfo)
        return type(self), args

    @_c_args('noargs', 'datetime.__reduce__')
    def __reduce__(self):
        return self.__reduce_ex__(2)


def _time_floor(t):
    whole = int(t)
    return whole - 1 if whole > t else whole


_date_type = date
_time_type = time
_OWN_CLASSES = (timedelta, date, datetime, time, timezone, tzinfo)

datetime.min = datetime(MINYEAR, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999_999)
datetime.resolution = timedelta._make(1)
_EPOCH_MOMENT = (_EPOCH_DAY - 1) * _US_DAY


# ---- ISO 8601 parsing -------------------------------------------------------------------------
# The parsers return the constructor's arguments, or None when the text is not in one of the
# accepted forms; the constructor then reports fields out of range in its own words.

_DIGIT_SET = frozenset('0123456789')


def _ascii_digits(text):
    return _DIGIT_SET.issuperset(text)


def _digits(text, start, count):
    """int of text[start:start+count] if that is exactly count ASCII digits, else None."""
    chunk = text[start:start + count]
    if len(chunk) != count or not _ascii_digits(chunk):
        return None
    return int(chunk)


def _iso_date(text):
    """[y, m, d] from YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D or YYYYWwwD."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    dashed = text[4:5] == "-"
    at = 5 if dashed else 4
    if text[at:at + 1] == "W":
        week = _digits(text, at + 1, 2)
        rest = text[at + 3:]
        if week is None:
            return None
        if not rest:
            day = 1
        elif dashed and len(rest) == 2 and rest[0] == "-":
            day = _digits(rest, 1, 1)
        elif not dashed and len(rest) == 1:
            day = _digits(rest, 0, 1)
        else:
            return None
        if day is None:
            return None
        try:
            return list(_civil(_iso_to_day_number(year, week, day)))
        except ValueError:        # week or day out of range: not an ISO date
            return None
    month = _digits(text, at, 2)
    at += 2
    if dashed:
        if text[at:at + 1] != "-":
            return None
        at += 1
    day = _digits(text, at, 2)
    if month is None or day is None or len(text) != at + 2:
        return None
    return [year, month, day]


def _date_length(text):
    """How many leading characters of a datetime string form its date."""
    if len(text) == 7:
        return 7
    if text[4:5] == "-":
        if text[5:6] != "W":
            return 10
        # YYYY-Www, then -D unless that dash is the separator before a time
        if text[8:9] == "-" and not text[10:11].isdigit():
            return 10
        return 8
    if text[4:5] == "W":
        run = 7
        while run < len(text) and text[run].isdigit():
            run += 1
        if run < 9:
            return run
        return 7 if run % 2 == 0 else 8
    return 8


def _iso_clock(text):
    """[h, m, s, us] from HH[:MM[:SS]] or HH[MM[SS]], each optionally followed by a
    fraction of a second .f+ (',' may stand for '.'; digits past the sixth are ignored)."""
    out = [0, 0, 0, 0]
    head = text
    frac = None
    for mark in ".,":
        if mark in text:
            head, frac = text.split(mark, 1)
            break
    colons = ":" in head
    pieces = head.split(":") if colons else [head[i:i + 2] for i in range(0, len(head), 2)]
    if not 1 <= len(pieces) <= 3:
        return None
    for i, piece in enumerate(pieces):
        value = _digits(piece, 0, 2)
        if value is None or len(piece) != 2:
            return None
        out[i] = value
    if frac is not None:
        if not frac or not _ascii_digits(frac):
            return None
        out[3] = int(frac[:6].ljust(6, "0"))
    return out


def _iso_time(text):
    """[h, m, s, us, tzinfo] from a time with an optional Z or ±offset."""
    if len(text) < 2:
        return None
    zone = None
    for mark in "-+Z":
        at = text.find(mark)
        if at >= 0:
            break
    if at >= 0:
        clock_text, zone_text = text[:at], text[at + 1:]
        if mark == "Z":
            if zone_text:
                return None
            zone = _UTC
        else:
            if len(zone_text) in (0, 1, 3):
                return None
            parts = _iso_clock(zone_text)
            if parts is None:
                return None
            h, m, s, us = parts
            span = ((h * 60 + m) * 60 + s) * _US_SECOND + us
            zone = _UTC if span == 0 else timezone(timedelta._make(-span if mark == "-" else span))
    else:
        clock_text = text
    clock = _iso_clock(clock_text)
    if clock is None:
        return None
    return clock + [zone]


def _iso_datetime(text):
    if len(text) < 7:
        return None
    cut = _date_length(text)
    day = _iso_date(text[:cut])
    if day is None:
        return None
    if len(text) == cut:
        return day
    clock = _iso_time(text[cut + 1:])
    if clock is None:
        return None
    return day + clock


# ---- strptime ----

_MONTH_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
_DAY_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": r"(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    "B": r"(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)",
    "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "p": r"(?P<p>am|pm)",
    "Z": r"(?P<Z>utc|gmt|[a-z]{3,5})",
    "%": "%",
}
_DIRECTIVES["W"] = _DIRECTIVES["U"].replace("U", "W")
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y",
              "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p", "e": "%d", "h": "%b"}
_strptime_cache = {}


def _strptime_regex(format):
    import re
    compiled = _strptime_cache.get(format)
    if compiled is not None:
        return compiled
    pieces = []
    seen = set()
    i = 0
    fmt = format
    while True:
        changed = False
        for key, value in _COMPOSITE.items():
            if "%" + key in fmt:
                fmt = fmt.replace("%" + key, value)
                changed = True
        if not changed:
            break
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            directive = fmt[i + 1]
            regex = _DIRECTIVES.get(directive)
            if regex is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (directive, "%" + directive))
            if directive in seen and directive != "%":
                regex = "(?P=%s)" % directive
            seen.add(directive)
            pieces.append(regex)
            i += 2
        elif ch.isspace():
            pieces.append(r"\s+")
            while i < n and fmt[i].isspace():
                i += 1
        else:
            pieces.append(re.escape(ch))
            i += 1
    compiled = re.compile("".join(pieces), re.IGNORECASE)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[format] = compiled
    return compiled


def _strptime(data_string, format):
    for index, arg in enumerate([data_string, format], 1):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg).__name__))
    regex = _strptime_regex(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    zone_text = None
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = week_of_year = weekday = julian = None
    week_starts_monday = False
    values = found.groupdict()
    for key in values:
        value = values[key]
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTH_FULL.index(value.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _MONTH_FULL].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (values.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _DAY_FULL.index(value.lower())
        elif key == "a":
            weekday = [d[:3] for d in _DAY_FULL].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                if value[3] == ":":
                    value = value[:3] + value[4:]
                    if len(value) > 5:
                        if value[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % values["z"])
                        value = value[:5] + value[6:]
                hours = int(value[1:3])
                minutes = int(value[3:5])
                seconds = int(value[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = value[8:]
                gmtoff_fraction = int(gmtoff_remainder + "0" * (6 - len(gmtoff_remainder))) if gmtoff_remainder else 0
                if value.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            tz = value.lower()
            zone_text = value   # the zone's name as written: the tzinfo's name keeps its case
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif iso_week is not None and year is None:
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                         "weekday directive ('%A', '%a', '%w', or '%u').")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first_weekday = date(year, 1, 1).weekday()
            if not week_starts_monday:
                first_weekday = (first_weekday + 1) % 7
                weekday_adj = (weekday + 1) % 7
            else:
                weekday_adj = weekday
            week_0_length = (7 - first_weekday) % 7
            if week_of_year == 0:
                julian = 1 + weekday_adj - first_weekday
            else:
                julian = 1 + week_0_length + 7 * (week_of_year - 1) + weekday_adj
        elif iso_year is not None and iso_week is not None:
            year, month, day = _civil(_iso_to_day_number(iso_year, iso_week, weekday + 1))
            julian = _day_number(year, month, day) - _day_number(year, 1, 1) + 1
    if julian is None:
        julian = _day_number(year, month, day) - _day_number(year, 1, 1) + 1
    else:
        d = date.fromordinal((julian - 1) + date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    if zone_text is None:
        zone_text = tz
    return (year, month, day, hour, minute, second, weekday, julian, tz, zone_text, gmtoff), fraction, gmtoff_fraction


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname != -1 and tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
        args += (tz,)
    return cls(*args)


for _cls in (timedelta, tzinfo, date, timezone, time, datetime, IsoCalendarDate):
    _cls.__module__ = "datetime"
del _cls

# Native fast paths for naive datetimes (construction, +/- timedelta, differences, comparisons,
# hash, isoformat); every other case still runs the methods above.
try:
    from _datetime_accel import install as _install_accel
except ImportError:
    pass
else:
    _install_accel(date, datetime, timedelta, (time, tzinfo, timezone))
    del _install_accel
