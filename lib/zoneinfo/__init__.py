# zoneinfo: IANA time zones (PEP 615) read from the system's compiled tz database (TZif files,
# RFC 8536) as datetime.tzinfo objects: ZoneInfo(key) with its cache, no_cache, from_file,
# clear_cache, pickling by key, TZPATH/reset_tzpath and available_timezones.
# Written for pygen from PEP 615, RFC 8536 and the documented behaviour of CPython 3.11.
#
# A zone is its transitions (UTC seconds) with the local time type in force after each, the type
# in force before the first, and the POSIX TZ rule of the file's footer for instants after the
# last transition (_rule.py). Local (wall) times are resolved with two sorted threshold lists, one
# per value of datetime.fold: a transition from offset a to offset b takes effect for fold=0 at
# wall time t+max(a, b) and for fold=1 at t+min(a, b), which gives PEP 495's answers in gaps and
# folds alike.

import bisect as _bisect
import datetime as _datetime
import os as _os
import weakref as _weakref

from zoneinfo import _tzpath
from zoneinfo._tzpath import available_timezones, reset_tzpath, InvalidTZPathWarning
from zoneinfo._tzif import load_tzif as _load_tzif
from zoneinfo._rule import parse_rule as _parse_rule

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


_EPOCH = _datetime.datetime(1970, 1, 1)
_DAY = 86400


def _seconds(dt):
    """Wall-clock seconds of a datetime since 1970-01-01T00:00, ignoring its tzinfo."""
    return (dt.toordinal() - 719163) * _DAY + dt.hour * 3600 + dt.minute * 60 + dt.second


class _TimeType:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff        # timedelta
        self.dstoff = dstoff        # timedelta
        self.tzname = tzname


_STRONG_CACHE_SIZE = 8


class ZoneInfo(_datetime.tzinfo):
    """An IANA time zone, from the tz database on TZPATH."""

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._weak_cache = _weakref.WeakValueDictionary()
        cls._strong_cache = {}

    def __new__(cls, key):
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._new_instance(key))
            zone._from_cache = True
        # The last few zones asked for stay alive even when nothing else holds them.
        strong = cls._strong_cache
        strong.pop(key, None)
        strong[key] = zone
        while len(strong) > _STRONG_CACHE_SIZE:
            del strong[next(iter(strong))]
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for key, bypassing (and not entering) the cache."""
        zone = cls._new_instance(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _tzpath.find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        zone = super().__new__(cls)
        zone._key = key
        with open(path, "rb") as f:
            zone._load(f)
        zone._file_repr = None
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary file object holding TZif data (never cached)."""
        zone = super().__new__(cls)
        zone._key = key
        zone._load(fobj)
        zone._file_repr = repr(fobj)
        zone._from_cache = False
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones: all of them, or those of only_keys."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    # -- loading

    def _load(self, fobj):
        trans_utc, type_of, types, footer = _load_tzif(fobj)
        if not types and not footer:
            # Without types the footer's rule alone describes the zone (test_zoneinfo's TZ-string
            # zones are built so); without either there is nothing to answer with.
            raise ValueError("No time zone information found.")
        dstoffs = _dst_offsets(type_of, types)
        made = {}

        def time_type(i):
            utcoff, isdst, abbr = types[i]
            found = made.get(i)
            if found is None:
                found = made[i] = _TimeType(_datetime.timedelta(seconds=utcoff),
                                            _datetime.timedelta(seconds=dstoffs[i]), abbr)
            return found

        self._trans_utc = trans_utc
        self._after = [time_type(i) for i in type_of]
        self._before_first = time_type(_first_type(dstoffs)) if types else None
        # Thresholds in wall time, one list per fold (see the top of this file).
        wall0, wall1 = [], []
        previous = self._before_first
        for t, after in zip(trans_utc, self._after):
            a, b = _delta_seconds(previous.utcoff), _delta_seconds(after.utcoff)
            wall0.append(t + max(a, b))
            wall1.append(t + min(a, b))
            previous = after
        self._wall = (wall0, wall1)
        self._rule = _parse_rule(footer) if footer else None
        # A zone whose every type and footer give one offset answers as a fixed zone (also for
        # time objects), transitions or not.
        last = self._rule.fixed if self._rule is not None else (self._after[-1] if self._after else
                                                                  self._before_first)
        known = self._after if self._before_first is None else [self._before_first] + self._after
        same = last is not None and all(
            (t.utcoff, t.dstoff, t.tzname) == (last.utcoff, last.dstoff, last.tzname)
            for t in known)
        self._fixed = last if same else None

    # -- the tzinfo interface

    def _find(self, dt):
        """The time type of a wall-clock datetime (its fold chooses in gaps and folds)."""
        if self._fixed is not None:
            return self._fixed
        t = _seconds(dt)
        wall = self._wall[dt.fold]
        # The footer's rule takes over strictly after the last transition.
        if self._rule is not None and (not wall or t > wall[-1]):
            return self._rule.find_local(t, dt.year, dt.fold)
        i = _bisect.bisect_right(wall, t)
        return self._after[i - 1] if i > 0 else self._before_first

    # dt is None for a time object's offset: a zone with one offset has an answer, others none.

    def utcoffset(self, dt):
        if dt is None:
            return self._fixed.utcoff if self._fixed is not None else None
        return self._find(dt).utcoff

    def dst(self, dt):
        if dt is None:
            return self._fixed.dstoff if self._fixed is not None else None
        return self._find(dt).dstoff

    def tzname(self, dt):
        if dt is None:
            return self._fixed.tzname if self._fixed is not None else None
        return self._find(dt).tzname

    def fromutc(self, dt):
        """The local time of dt, a UTC time carrying this zone as its tzinfo."""
        if not isinstance(dt, _datetime.datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        if self._fixed is not None:
            return dt + self._fixed.utcoff
        t = _seconds(dt)
        trans = self._trans_utc
        if self._rule is None or (trans and t <= trans[-1]):
            i = _bisect.bisect_right(trans, t)
            now = self._after[i - 1] if i > 0 else self._before_first
            before = self._after[i - 2] if i > 1 else self._before_first
            since = t - trans[i - 1] if i > 0 else None
            local = dt + now.utcoff
            # In the first (before - now) seconds after a backward transition the wall clock
            # repeats itself: that second pass is fold=1.
            if since is not None and since < _delta_seconds(before.utcoff - now.utcoff):
                local = local.replace(fold=1)
            return local
        offset, fold = self._rule.from_utc(t, dt.year)
        if trans and not fold:
            # The rule's offset may start with a repeated hour left by the last transition.
            last_before = self._after[-2] if len(trans) > 1 else self._before_first
            fold = t - trans[-1] < _delta_seconds(last_before.utcoff - offset)
        local = dt + offset
        return local.replace(fold=1) if fold else local

    # -- text and pickling

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__name__}(key={self._key!r})" if type(self) is not ZoneInfo \
                else f"zoneinfo.ZoneInfo(key={self._key!r})"
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        return f"{name}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo._weak_cache = _weakref.WeakValueDictionary()
ZoneInfo._strong_cache = {}
ZoneInfo.__module__ = "zoneinfo"


def _delta_seconds(td):
    return td.days * _DAY + td.seconds


def _first_type(dstoffs):
    """The time type before the first transition: the first type of the file without a DST
    amount (RFC 8536 says type 0, which this is for nearly every file), else type 0."""
    for i, amount in enumerate(dstoffs):
        if not amount:
            return i
    return 0


def _dst_offsets(type_of, types):
    """DST amounts per time type, which TZif does not record: a DST type's offset minus that of
    the standard type next to it in the transitions (before, else after); an hour when no
    standard neighbour tells."""
    n = len(types)
    dst = [0] * n
    wanted = sum(1 for t in types if t[1])
    found = 0
    for i in range(1, len(type_of)):
        if found == wanted:
            break
        k = type_of[i]
        if not types[k][1] or dst[k]:
            continue
        amount = 0
        previous = type_of[i - 1]
        if not types[previous][1]:
            amount = types[k][0] - types[previous][0]
        if not amount and k < n - 1 and i + 1 < len(type_of):
            following = type_of[i + 1]
            if not types[following][1]:
                amount = types[k][0] - types[following][0]
        if amount:
            found += 1
            dst[k] = amount
    for k in range(n):
        if types[k][1] and not dst[k]:
            dst[k] = 3600
    return dst


def __getattr__(name):
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module 'zoneinfo' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
