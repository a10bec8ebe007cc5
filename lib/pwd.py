# pwd: the password database (getpwuid, getpwnam, getpwall) over the C library's lookups in
# the posix module. Written for pygen from the 3.11 documentation.

import posix as _posix

__all__ = ['struct_passwd', 'getpwuid', 'getpwnam', 'getpwall']


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines."""
    n_sequence_fields = 7
    n_fields = 7
    n_unnamed_fields = 0
    _fields = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError(f'pwd.struct_passwd() takes a 7-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'pwd.struct_passwd(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (struct_passwd, (tuple(self),))


for _i, _n in enumerate(struct_passwd._fields):
    setattr(struct_passwd, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def getpwuid(uid, /):
    # _getpw converts the number as CPython's uid converter does (TypeError "uid should be
    # integer, not ...", OverflowError outside uid_t, -1 standing for 2**32 - 1).
    if isinstance(uid, str):
        raise TypeError(f"uid should be integer, not {type(uid).__name__}")
    try:
        record = _posix._getpw(uid)
    except OverflowError:
        raise KeyError('getpwuid(): uid not found') from None
    if record is None:
        uid = uid.__index__()
        raise KeyError(f'getpwuid(): uid not found: {-1 if uid == 0xFFFFFFFF else uid}')
    return struct_passwd(record)


def getpwnam(name, /):
    if not isinstance(name, str):
        raise TypeError(f'getpwnam() argument must be str, not {type(name).__name__}')
    if '\0' in name:
        raise ValueError('embedded null character')
    record = _posix._getpw(name)
    if record is None:
        raise KeyError(f"getpwnam(): name not found: {name!r}")
    return struct_passwd(record)


def getpwall():
    return [struct_passwd(r) for r in _posix._getpwall()]
