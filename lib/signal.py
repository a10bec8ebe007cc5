# The signal module: _signal (C++) plus the Signals, Handlers and Sigmasks enums, with handlers
# and signal numbers converted to and from them as CPython's signal.py does. pygen has no enum
# module, so the enums are small int subclasses with CPython's repr, name and value.
# CPython counterpart: Lib/signal.py.

import _signal
from _signal import *


class _IntEnum(int):
    """A member of one of the enums below: an int with a name."""
    _members = None

    def __new__(cls, value):
        member = cls._members.get(value) if cls._members is not None else None
        if member is None:
            raise ValueError(f'{value!r} is not a valid {cls.__name__}')
        return member

    @classmethod
    def _make(cls, names):
        cls._members = {}
        for name, value in names:
            if value in cls._members:
                continue   # aliases (SIGIOT, SIGPOLL, SIGCLD) name the first member
            member = int.__new__(cls, value)
            member._name_ = name
            cls._members[value] = member
        for name, value in names:
            setattr(cls, name, cls._members[value])

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {int(self)}>'

    __str__ = int.__repr__

    def __reduce__(self):
        return type(self), (int(self),)

    def __iter__(cls):
        return iter(cls._members.values())


class Signals(_IntEnum):
    pass


class Handlers(_IntEnum):
    pass


class Sigmasks(_IntEnum):
    pass


Signals._make(sorted(((n, v) for n, v in vars(_signal).items()
                      if isinstance(v, int) and ((n.startswith('SIG') and not n.startswith('SIG_'))
                                                 or n.startswith('CTRL_'))),
                     key=lambda item: (item[0] in ('SIGIOT', 'SIGPOLL', 'SIGCLD'), item[1])))
Handlers._make([('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)])
Sigmasks._make([('SIG_BLOCK', _signal.SIG_BLOCK), ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                ('SIG_SETMASK', _signal.SIG_SETMASK)])

for _member in list(Signals._members.values()) + list(Handlers._members.values()) + list(Sigmasks._members.values()):
    globals()[_member.name] = _member
for _name in ('SIGIOT', 'SIGPOLL', 'SIGCLD'):
    if hasattr(_signal, _name):
        globals()[_name] = Signals(getattr(_signal, _name))
del _member, _name


class ItimerError(OSError):
    pass


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _as_handler(value):
    # SIG_DFL/SIG_IGN come back as Handlers members; a Python handler as itself.
    return _int_to_enum(value, Handlers)


def _signal_set(numbers):
    return {_int_to_enum(number, Signals) for number in numbers}


def signal(signalnum, handler):
    previous = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _as_handler(previous)


def getsignal(signalnum):
    return _as_handler(_signal.getsignal(signalnum))


def pthread_sigmask(how, mask):
    return _signal_set(_signal.pthread_sigmask(how, mask))


def valid_signals():
    return _signal_set(_signal.valid_signals())


def setitimer(which, seconds, interval=0.0):
    try:
        return _signal.setitimer(which, seconds, interval)
    except OSError as exc:
        raise ItimerError(*exc.args) from None


def getitimer(which):
    try:
        return _signal.getitimer(which)
    except OSError as exc:
        raise ItimerError(*exc.args) from None


default_int_handler = _signal.default_int_handler
