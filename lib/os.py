# os: the portable operating-system interface over the C++ posix module — environ, stat_result,
# scandir/DirEntry, walk, makedirs, fspath/PathLike, the wait-status helpers — with os.path being
# posixpath. CPython counterpart: Lib/os.py (and the Python-visible parts of posixmodule.c).
import abc
from _operator import index as _operator_index
import sys
import stat as st

import posix
from posix import (getcwd, getcwdb, chdir, listdir, rmdir, unlink, remove, rename, replace, link,
                   symlink, readlink, truncate, ftruncate, close, read, write, lseek, pipe,
                   dup, dup2, isatty, fsync, get_inheritable, set_inheritable, get_blocking,
                   set_blocking, getpid, getppid, getuid, geteuid, getgid, getegid, getpgrp, kill,
                   waitpid, _exit, system, killpg, getpgid, getsid, setsid,
                   pidfd_open, strerror, urandom, cpu_count, umask,
                   O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK,
                   O_NOCTTY, O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW, O_SYNC, O_DSYNC, O_ACCMODE,
                   O_NDELAY, F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR, SEEK_END, WNOHANG,
                   WUNTRACED, WCONTINUED, EX_OK, getloadavg, getgroups, getlogin, nice, sync,
                   pread, pwrite, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST,
                   EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR,
                   EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG, ST_RDONLY, ST_NOSUID,
                   PRIO_PROCESS, PRIO_PGRP, PRIO_USER, P_PID, P_PGID, P_ALL, WEXITED, WSTOPPED,
                   WNOWAIT)
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
defpath = path.defpath
devnull = path.devnull
error = OSError

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()


# ---- Paths ----

def fspath(p):
    """Return the file system representation of the path."""
    if isinstance(p, (str, bytes)):
        return p
    path_type = type(p)
    try:
        path_repr = path_type.__fspath__(p)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- Environment ----

class _Environ:
    """os.environ: a str -> str mapping that writes through to the process environment."""

    def __init__(self, data, encode, decode):
        self._data = data
        self._encode = encode
        self._decode = decode

    def __getitem__(self, key):
        try:
            value = self._data[self._encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return self._decode(value)

    def __setitem__(self, key, value):
        key = self._encode(key)
        value = self._encode(value)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self._encode(key)
        posix.unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self._decode(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            return self._encode(key) in self._data
        except TypeError:
            return False

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(self._decode(k), self._decode(v)) for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __eq__(self, other):
        return dict(self.items()) == other

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return [self._decode(k) for k in self._data]

    def values(self):
        return [self._decode(v) for v in self._data.values()]

    def items(self):
        return [(self._decode(k), self._decode(v)) for k, v in self._data.items()]

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        new = dict(other)
        new.update(self.items())
        return new


def _encode_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value.encode('utf-8', 'surrogateescape')


def _decode_str(value):
    return value.decode('utf-8', 'surrogateescape')


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


_environ_data = posix._environ()
environ = _Environ(_environ_data, _encode_str, _decode_str)
environb = _Environ(_environ_data, _check_bytes, bytes)


def getenv(key, default=None):
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


# ---- stat ----

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:10])
        self._extra = extra or {}
        return self

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'os.stat_result({fields})'

    def __reduce__(self):
        return (stat_result, (tuple(self), self._extra))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra.get('st_atime', self[7]))
    st_mtime = property(lambda self: self._extra.get('st_mtime', self[8]))
    st_ctime = property(lambda self: self._extra.get('st_ctime', self[9]))
    st_atime_ns = property(lambda self: self._extra.get('st_atime_ns'))
    st_mtime_ns = property(lambda self: self._extra.get('st_mtime_ns'))
    st_ctime_ns = property(lambda self: self._extra.get('st_ctime_ns'))
    st_blksize = property(lambda self: self._extra.get('st_blksize'))
    st_blocks = property(lambda self: self._extra.get('st_blocks'))
    st_rdev = property(lambda self: self._extra.get('st_rdev'))


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = raw
    extra = {'st_atime': atime_ns / 1e9, 'st_mtime': mtime_ns / 1e9, 'st_ctime': ctime_ns / 1e9,
             'st_atime_ns': atime_ns, 'st_mtime_ns': mtime_ns, 'st_ctime_ns': ctime_ns,
             'st_blksize': blksize, 'st_blocks': blocks, 'st_rdev': rdev}
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime_ns // 1000000000,
                        mtime_ns // 1000000000, ctime_ns // 1000000000), extra)


class statvfs_result(tuple):
    """statvfs_result: Result from statvfs or fstatvfs."""
    n_sequence_fields = 10
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
               'f_favail', 'f_flag', 'f_namemax')

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if not 10 <= len(seq) <= 11:
            raise TypeError(f'os.statvfs_result() takes an at least 10-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:10])
        self._fsid = seq[10] if len(seq) > 10 else (extra or {}).get('f_fsid')
        return self

    def __repr__(self):
        return 'os.statvfs_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (statvfs_result, (tuple(self), {'f_fsid': self._fsid}))

    f_fsid = property(lambda self: self._fsid)


for _index, _name in enumerate(statvfs_result._fields):
    setattr(statvfs_result, _name, property(lambda self, _i=_index: self[_i]))
del _index, _name


def statvfs(path):
    return statvfs_result(posix._statvfs(path))


def fstatvfs(fd):
    return statvfs_result(posix._statvfs(fd))


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    posix._chown(path, uid, gid, follow_symlinks)


def lchown(path, uid, gid):
    posix._chown(path, uid, gid, False)


def fchown(fd, uid, gid):
    posix._chown(fd, uid, gid, True)


def fchmod(fd, mode):
    posix.chmod(fd, mode)


def mkfifo(path, mode=0o666, *, dir_fd=None):
    posix._mkfifo(path, mode)


if hasattr(posix, '_sched_getaffinity'):
    def sched_getaffinity(pid):
        return set(posix._sched_getaffinity(pid))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _make_stat(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _make_stat(posix._stat(path, False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _make_stat(posix._stat(fd, True))


def mkdir(path, mode=0o777, *, dir_fd=None):
    posix.mkdir(path, mode)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return posix.open(path, flags, mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if not follow_symlinks:
        # Linux cannot change the mode of a symbolic link itself (CPython raises the same).
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    return posix.chmod(path, mode)


TMP_MAX = 238328


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return posix.access(path, mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
        posix._utime(path, int(atime * 1e9), int(mtime * 1e9))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        posix._utime(path, ns[0], ns[1])
    else:
        posix._utime(path, None, None)


# ---- Folders ----

_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10
_DT_UNKNOWN = 0


class DirEntry:
    """An entry yielded by scandir(): name, path and cached file type."""
    __module__ = 'posix'   # where CPython defines it

    def __init__(self, dirpath, name, d_type, ino):
        self.name = name
        self.path = path.join(dirpath, name) if dirpath is not None else name
        self._d_type = d_type
        self._ino = ino
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        try:
            return st.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def _test_mode(self, follow_symlinks, dtype, test):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == dtype
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_DIR, st.S_ISDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_REG, st.S_ISREG)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, dirpath):
        target = '.' if dirpath is None else dirpath
        self._entries = iter(posix._listdir_types(target))
        self._dirpath = fspath(dirpath) if dirpath is not None else None

    def __iter__(self):
        return self

    def __next__(self):
        name, d_type, ino = next(self._entries)
        return DirEntry(self._dirpath, name, d_type, ino)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    if path is not None and not isinstance(path, int):
        path = fspath(path)
    return _ScandirIterator(path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    sys.audit("os.walk", top, topdown, onerror, followlinks) if hasattr(sys, 'audit') else None
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- Processes ----

def _c_int(value):
    # CPython's `int` argument converter: an index that fits a C int.
    value = _operator_index(value)
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise OverflowError("Python int too large to convert to C int")
    return value


def WIFEXITED(status):
    status = _c_int(status)
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    status = _c_int(status)
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    status = _c_int(status)
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    status = _c_int(status)
    return status & 0x7f


def WIFSTOPPED(status):
    status = _c_int(status)
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WCOREDUMP(status):
    status = _c_int(status)
    return bool(status & 0x80)


def WIFCONTINUED(status):
    status = _c_int(status)
    return status == 0xffff


def waitstatus_to_exitcode(status):
    status = _c_int(status)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


def wait():
    return waitpid(-1, 0)


def execv(path, args):
    posix.execv(path, args)


def execve(path, args, env):
    posix.execve(path, args, env)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    execvp(file, args)


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if path.dirname(file):
        if env is not None:
            execve(file, args, env)
        else:
            execv(file, args)
        return
    saved_exc = None
    for dir in get_exec_path(env):
        fullname = path.join(dir, file)
        try:
            if env is not None:
                execve(fullname, args, env)
            else:
                execv(fullname, args)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    return terminal_size(posix.get_terminal_size(fd))


class uname_result(tuple):
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'


def uname():
    return uname_result(posix._uname())


class times_result(tuple):
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')
    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.times_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'


def times():
    return times_result(posix._times())


def device_encoding(fd):
    return 'utf-8' if isatty(fd) else None


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- fork() with the hooks of register_at_fork ----

_fork_before = []        # called before fork(), last registered first
_fork_in_child = []      # called in the child, in registration order
_fork_in_parent = []     # called in the parent, in registration order


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Registers callables to run around os.fork(): before it, then in the child or the parent."""
    given = (("before", before), ("after_in_child", after_in_child), ("after_in_parent", after_in_parent))
    if all(f is None for _, f in given):
        raise TypeError("At least one argument is required.")
    for name, f in given:
        if f is not None and not callable(f):
            raise TypeError("'%s' must be callable, not %s" % (name, type(f).__name__))
    if before is not None:
        _fork_before.append(before)
    if after_in_child is not None:
        _fork_in_child.append(after_in_child)
    if after_in_parent is not None:
        _fork_in_parent.append(after_in_parent)


def _run_fork_hooks(hooks):
    # A failing hook is reported as unraisable and the others still run, as in CPython.
    for hook in hooks:
        try:
            hook()
        except BaseException as exc:
            sys.unraisablehook(_UnraisableFork(exc, hook))


class _UnraisableFork:
    # The argument sys.unraisablehook expects (the fields of CPython's UnraisableHookArgs).
    def __init__(self, exc, hook):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = None
        self.object = hook


def fork():
    """Forks a child process; 0 in the child, the child's pid in the parent."""
    _run_fork_hooks(reversed(_fork_before))
    pid = posix.fork()
    _run_fork_hooks(_fork_in_child if pid == 0 else _fork_in_parent)
    return pid


class _wrap_close:
    """The file object os.popen returns: close() waits for the command and gives its status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        # None for success, else the status in waitpid()'s encoding (exit code << 8).
        return (status << 8) if status else None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, attr):
        return getattr(self._stream, attr)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering in (0, None):
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    pipe = {"r": "stdout", "w": "stdin"}[mode]
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering, **{pipe: subprocess.PIPE})
    return _wrap_close(getattr(proc, pipe), proc)
