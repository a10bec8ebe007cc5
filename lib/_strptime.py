# _strptime: time.strptime's Python half (the time module's strptime calls _strptime_time), as
# CPython's time module hands strptime to Lib/_strptime.py. The parsing itself is datetime's
# (_strptime in lib/datetime.py); this adds time's argument checks and its tm_isdst rule.

import time
from datetime import _strptime, _strptime_datetime  # noqa: F401  (datetime's own entry point)


def _isdst(zone):
    """tm_isdst for a %Z name: 0 for UTC/GMT or the standard zone, 1 for the summer zone."""
    if zone == -1:
        return -1
    std, dst = time.tzname[0].lower(), time.tzname[1].lower()
    if zone in ('utc', 'gmt') or zone == std:
        if std == dst and time.daylight and zone not in ('utc', 'gmt'):
            return -1       # the same name for both: which one is meant cannot be told
        return 0
    if time.daylight and zone == dst:
        return 1
    return -1


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time from data_string parsed by format."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:8] + (_isdst(tt[8]),))
