# The selectors module: one interface (register/modify/unregister/select/get_key/get_map) over
# select(), poll and epoll. DefaultSelector is EpollSelector, as on Linux in CPython.
# Written for pygen; CPython counterpart: Lib/selectors.py.
#
# Layout: _SelectorMapping is both the registrations (fd -> SelectorKey) and the read-only
# file-object view get_map() returns. _BaseSelectorImpl does all the bookkeeping once and tells
# the operating system through four hooks (_os_add, _os_remove, _os_change, _os_wait); each
# concrete selector only implements those hooks for its system call.

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


def _fileobj_to_fd(fileobj):
    """An int fd, or fileobj.fileno(); ValueError for negative or unusable ones."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fd < 0:
        raise ValueError(f'Invalid file descriptor: {fd}')
    return fd


def _checked_events(events):
    if not events or events & ~_ALL_EVENTS:
        raise ValueError(f'Invalid events: {events!r}')
    return events


def _not_registered(fileobj):
    return KeyError(f'{fileobj!r} is not registered')


SelectorKey = namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data): a registered file object."""


class _SelectorMapping(Mapping):
    """The registrations of one selector: SelectorKeys by fd, looked up by file object."""

    def __init__(self):
        self.by_fd = {}

    def fd_of(self, fileobj):
        # A closed file object has no fileno any more: find it among the keys instead.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self.by_fd.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def __len__(self):
        return len(self.by_fd)

    def __getitem__(self, fileobj):
        found = self.by_fd.get(self.fd_of(fileobj))
        if found is None:
            raise _not_registered(fileobj)
        return found

    def get(self, fileobj, default=None):
        return self.by_fd.get(self.fd_of(fileobj), default)

    def __iter__(self):
        return iter(self.by_fd)


class BaseSelector(metaclass=ABCMeta):
    """Interface of every selector."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise _not_registered(fileobj) from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping; subclasses implement the _os_* hooks for their system call."""

    def __init__(self):
        # _table keeps working after close() (CPython's selectors may still register then);
        # _map is the view get_map() hands out, None once closed.
        self._table = self._map = _SelectorMapping()

    # -- hooks --

    def _os_add(self, fd, events):
        pass

    def _os_remove(self, fd):
        pass

    def _os_change(self, fileobj, key, events, data):
        # Default: re-registration (so an invalid `events` leaves fileobj unregistered, as in
        # CPython's base class).
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def _os_wait(self, timeout):
        """(fd, EVENT_* mask) pairs that are ready."""
        raise NotImplementedError

    # -- the interface --

    def _key_from_fd(self, fd):
        return self._table.by_fd.get(fd)

    def register(self, fileobj, events, data=None):
        _checked_events(events)
        table = self._table.by_fd
        fd = self._table.fd_of(fileobj)
        if fd in table:
            raise KeyError(f'{fileobj!r} (FD {fd}) is already registered')
        key = table[fd] = SelectorKey(fileobj, fd, events, data)
        try:
            self._os_add(fd, events)
        except:
            del table[fd]
            raise
        return key

    def unregister(self, fileobj):
        try:
            key = self._table.by_fd.pop(self._table.fd_of(fileobj))
        except KeyError:
            raise _not_registered(fileobj) from None
        self._os_remove(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        key = self._table.by_fd.get(self._table.fd_of(fileobj))
        if key is None:
            raise _not_registered(fileobj)
        if events != key.events:
            return self._os_change(fileobj, key, events, data)
        if data != key.data:
            key = self._table.by_fd[key.fd] = key._replace(data=data)
        return key

    def select(self, timeout=None):
        ready = []
        try:
            happened = self._os_wait(timeout)
        except InterruptedError:
            return ready
        for fd, events in happened:
            key = self._key_from_fd(fd)
            if key is not None:
                # Only what the caller asked for is reported.
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._table.by_fd.clear()
        self._map = None

    def get_map(self):
        return self._map


class SelectSelector(_BaseSelectorImpl):
    """Selector on select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def _os_add(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def _os_remove(self, fd):
        self._readers.discard(fd)
        self._writers.discard(fd)

    def _os_wait(self, timeout):
        if timeout is not None and timeout < 0:
            timeout = 0
        readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        readable, writable = set(readable), set(writable)
        return [(fd, (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0))
                for fd in readable | writable]


class _PollLikeSelector(_BaseSelectorImpl):
    """Shared by PollSelector and EpollSelector: _selector is a poll or epoll object, _IN and
    _OUT its flags for readable and writable."""
    _selector_cls = None
    _IN = _OUT = 0

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _os_mask(self, events):
        return (self._IN if events & EVENT_READ else 0) | (self._OUT if events & EVENT_WRITE else 0)

    def _os_add(self, fd, events):
        self._selector.register(fd, self._os_mask(events))

    def _os_remove(self, fd):
        try:
            self._selector.unregister(fd)
        except OSError:
            # The fd may have been closed already: the OS forgot it.
            pass

    def _os_change(self, fileobj, key, events, data):
        # No check of `events` here (CPython's poll-like selectors do none either); a failed
        # system call drops the registration rather than leave it half-changed.
        try:
            self._selector.modify(key.fd, self._os_mask(events))
        except:
            del self._table.by_fd[key.fd]
            raise
        changed = self._table.by_fd[key.fd] = key._replace(events=events, data=data)
        return changed

    def _os_timeout(self, timeout):
        if timeout is None:
            return None
        # poll() counts milliseconds: round up so a short timeout does not busy-loop.
        return 0 if timeout <= 0 else math.ceil(timeout * 1e3)

    def _os_poll(self, timeout):
        return self._selector.poll(self._os_timeout(timeout))

    def _os_wait(self, timeout):
        # Anything but "readable only" counts as writable (errors and hang-ups included), and
        # anything but "writable only" as readable, so a waiting caller always wakes up.
        found = []
        for fd, flags in self._os_poll(timeout):
            events = (EVENT_WRITE if flags & ~self._IN else 0) | (EVENT_READ if flags & ~self._OUT else 0)
            found.append((fd, events))
        return found


class PollSelector(_PollLikeSelector):
    """Selector on select.poll()."""
    # staticmethod: pygen's select.poll is a Python function, which would bind as a method.
    _selector_cls = staticmethod(select.poll)
    _IN = select.POLLIN
    _OUT = select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """Selector on select.epoll()."""
    _selector_cls = select.epoll
    _IN = select.EPOLLIN
    _OUT = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _os_poll(self, timeout):
        # epoll takes seconds (-1: forever), rounded up to whole milliseconds, and wants room
        # for at least one event.
        if timeout is None:
            seconds = -1
        elif timeout <= 0:
            seconds = 0
        else:
            seconds = math.ceil(timeout * 1e3) * 1e-3
        return self._selector.poll(seconds, max(len(self._table.by_fd), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
