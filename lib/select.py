# The select module: select(), poll objects and epoll objects over the descriptor calls of
# _select (C++). Objects are accepted wherever an fd is, through their fileno().
# CPython counterpart: Modules/selectmodule.c.

import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM,
                     POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP,
                     EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLET, EPOLLONESHOT,
                     EPOLLEXCLUSIVE, EPOLLRDHUP, EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM,
                     EPOLLWRBAND, EPOLLMSG, EPOLL_CLOEXEC)

error = OSError
PIPE_BUF = 4096
_FD_SETSIZE = 1024


def _fileno(obj):
    """obj as a descriptor: an int, or what obj.fileno() returns (CPython's
    PyObject_AsFileDescriptor)."""
    if isinstance(obj, int):
        fd = obj
    else:
        meth = getattr(type(obj), 'fileno', None)
        if meth is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = meth(obj)
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _timeout_ms(timeout, what='timeout'):
    """Seconds (None or negative: forever) -> milliseconds for the C calls, rounded up."""
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"{what} must be an integer or None")
    if timeout < 0:
        return -1
    ms = timeout * 1000
    whole = int(ms)
    return whole + 1 if ms > whole else whole


def select(rlist, wlist, xlist, timeout=None):
    """Wait until some of the objects are ready: (readable, writable, exceptional)."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    groups = []
    for seq in (rlist, wlist, xlist):
        seq = list(seq)
        fds = [_fileno(o) for o in seq]
        for fd in fds:
            if fd >= _FD_SETSIZE:
                raise ValueError('filedescriptor out of range in select()')
        groups.append((seq, fds))
    r, w, x = _select.select(groups[0][1], groups[1][1], groups[2][1], _timeout_ms(timeout))
    out = []
    for (seq, fds), ready in zip(groups, (r, w, x)):
        ready = set(ready)
        out.append([o for o, fd in zip(seq, fds) if fd in ready])
    return tuple(out)


class _Poll:
    """select.poll(): a set of fds with event masks."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be an integer or None')
        ms = -1 if timeout is None or timeout < 0 else int(timeout)
        fds = list(self._fds)
        return _select.poll(fds, [self._fds[fd] for fd in fds], ms)


_Poll.__name__ = _Poll.__qualname__ = 'poll'


def poll():
    return _Poll()


class epoll:
    """An epoll instance: register/modify/unregister descriptors, poll for events."""

    _epfd = -1   # closed until epoll_create succeeds (a failed __init__ leaves nothing to close)

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError('negative sizehint')
        self._epfd = _select.epoll_create()

    def _check(self):
        if self._epfd < 0:
            raise ValueError('I/O operation on closed epoll object')
        return self._epfd

    @property
    def closed(self):
        return self._epfd < 0

    def fileno(self):
        return self._check()

    @classmethod
    def fromfd(cls, fd):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def close(self):
        if self._epfd >= 0:
            fd, self._epfd = self._epfd, -1
            import posix
            posix.close(fd)

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        _select.epoll_ctl(self._check(), 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        _select.epoll_ctl(self._check(), 3, _fileno(fd), eventmask)

    def unregister(self, fd):
        _select.epoll_ctl(self._check(), 2, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        epfd = self._check()
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents < 1:
            raise ValueError(f'maxevents must be greater than 0, got {maxevents}')
        return _select.epoll_wait(epfd, _timeout_ms(timeout), maxevents)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()
