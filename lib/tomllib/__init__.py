# tomllib for pygen: reading TOML 1.0.0, written from the TOML specification and the CPython
# 3.11 documentation of tomllib (load, loads, TOMLDecodeError).
#
# A recursive-descent reader over the whole text with one position. Values map to Python as
# the documentation's table says: table -> dict, array -> list, string -> str, integer -> int,
# float -> parse_float(text), boolean -> bool, offset date-time -> datetime with a timezone,
# local date-time -> naive datetime, local date -> date, local time -> time.

from tomllib._parser import TOMLDecodeError, load, loads

__all__ = ("loads", "load", "TOMLDecodeError")
