# grp: the group database (getgrgid, getgrnam, getgrall) over the C library's lookups in the
# posix module. Written for pygen from the 3.11 documentation.

import posix as _posix

__all__ = ['struct_group', 'getgrgid', 'getgrnam', 'getgrall']


class struct_group(tuple):
    """grp.struct_group: Results from getgr*() routines."""
    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0
    _fields = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f'grp.struct_group() takes a 4-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'grp.struct_group(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (struct_group, (tuple(self),))


for _i, _n in enumerate(struct_group._fields):
    setattr(struct_group, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def getgrgid(id, /):
    # _getgr converts the number as CPython's gid converter does (TypeError "gid should be
    # integer, not ...", OverflowError outside gid_t, -1 standing for 2**32 - 1).
    if isinstance(id, str):
        raise TypeError(f"gid should be integer, not {type(id).__name__}")
    record = _posix._getgr(id)
    if record is None:
        id = id.__index__()
        raise KeyError(f'getgrgid(): gid not found: {-1 if id == 0xFFFFFFFF else id}')
    return struct_group(record)


def getgrnam(name, /):
    if not isinstance(name, str):
        raise TypeError(f'getgrnam() argument must be str, not {type(name).__name__}')
    if '\0' in name:
        raise ValueError('embedded null character')
    record = _posix._getgr(name)
    if record is None:
        raise KeyError(f"getgrnam(): name not found: {name!r}")
    return struct_group(record)


def getgrall():
    return [struct_group(r) for r in _posix._getgrall()]
