# Reading a compiled tz database file (TZif, RFC 8536, versions 1-4) for zoneinfo: transitions,
# local time types and the POSIX TZ footer. Leap-second records are skipped, as zoneinfo works in
# POSIX time.
# Written for pygen from RFC 8536.

import struct

__all__ = ["load_tzif"]

_HEADER = struct.Struct(">4sc15x6l")


def _read(fobj, n):
    data = fobj.read(n)
    if len(data) != n:
        raise ValueError("Invalid TZif file: unexpected end of data")
    return data


def _block(fobj, counts, time_size):
    """One data block: (transition times, their type indices, types, abbreviation bytes)."""
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    code = "q" if time_size == 8 else "l"
    times = struct.unpack(f">{timecnt}{code}", _read(fobj, timecnt * time_size)) if timecnt else ()
    indices = tuple(_read(fobj, timecnt))
    types = [struct.unpack(">lBB", _read(fobj, 6)) for _ in range(typecnt)]
    chars = _read(fobj, charcnt)
    _read(fobj, leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    return times, indices, types, chars


def _header(fobj):
    data = fobj.read(_HEADER.size)
    if len(data) < 4 or data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    if len(data) != _HEADER.size:
        raise ValueError("Invalid TZif file: unexpected end of data")
    magic, version, *counts = _HEADER.unpack(data)
    return version, counts


def load_tzif(fobj):
    """(transition times in UTC seconds, index of the type after each, types as
    (utc offset seconds, is dst, abbreviation), footer TZ string or None)."""
    version, counts = _header(fobj)
    if version == b"\x00":
        times, indices, types, chars = _block(fobj, counts, 4)
        footer = None
    else:
        _block(fobj, counts, 4)          # the 32-bit data, superseded by the 64-bit block
        version, counts = _header(fobj)
        times, indices, types, chars = _block(fobj, counts, 8)
        rest = fobj.read()
        footer = None
        if rest.startswith(b"\n"):
            end = rest.find(b"\n", 1)
            if end > 1:
                footer = rest[1:end].decode("ascii")
    for i in indices:
        if i >= len(types):
            raise ValueError("Invalid TZif file: transition type index out of range")
    out_types = []
    for utoff, isdst, desig in types:
        end = chars.find(b"\x00", desig)
        abbr = chars[desig:end if end >= 0 else len(chars)].decode("latin-1")
        out_types.append((utoff, bool(isdst), abbr))
    return list(times), list(indices), out_types, footer
