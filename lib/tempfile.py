"""tempfile: temporary files and directories with unpredictable names, created race-free
(O_EXCL, mode 0600 / 0700) in the system's temporary folder or one given.

Behaviour is Python 3.11's on POSIX: the folder search ($TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
/usr/tmp, the working folder), str or bytes results following the arguments, the wrapper of
NamedTemporaryFile, SpooledTemporaryFile's rollover, TemporaryDirectory's cleanup.
pygen's own design; CPython counterpart: Lib/tempfile.py.
"""

import errno as _errno
import functools as _functools
import io as _io
import os as _os
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
import _thread
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

# Files are created exclusively and never through a symbolic link.
_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_bin_openflags = _text_openflags | getattr(_os, 'O_BINARY', 0)

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)    # names tried before giving up

template = "tmp"        # the default prefix
tempdir = None          # the default folder; found on first use when None

_once_lock = _thread.allocate_lock()    # guards the lazy globals (tempdir, name source)


def _audit(event, *args):
    hook = getattr(_sys, 'audit', None)
    if hook is not None:
        hook(event, *args)


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes, from the path pieces given (None ignored); mixing them is a TypeError.
    With none given, the type of tempdir decides (str by default)."""
    kind = None
    for piece in args:
        if piece is None:
            continue
        if isinstance(piece, _os.PathLike):
            piece = _os.fspath(piece)
        this = bytes if isinstance(piece, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is not None:
        return kind
    return str if tempdir is None or isinstance(tempdir, str) else bytes


def _sanitize_params(prefix, suffix, dir):
    """prefix, suffix and dir with their defaults, all of one type, and that type."""
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


class _RandomNameSequence:
    """Endless 8-character names from [a-z0-9_]; a forked child gets a fresh generator."""

    characters = "abcdefghijklmnopqrstuvwxyz" "0123456789" "_"

    @property
    def rng(self):
        pid = _os.getpid()
        if getattr(self, '_rng_pid', None) != pid:
            self._rng, self._rng_pid = _Random(), pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        picked = self.rng.choices(self.characters, k=8)
        return ''.join(picked)


def _candidate_tempdir_list():
    """Folders to try, in order."""
    found = [value for value in map(_os.getenv, ('TMPDIR', 'TEMP', 'TMP')) if value]
    if _os.name == 'nt':
        found += [_os.path.expanduser(r'~\AppData\Local\Temp'),
                  _os.path.expandvars('%SYSTEMROOT%\\Temp'),
                  r'c:\temp', r'c:\tmp', r'\temp', r'\tmp']
    else:
        found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable_here(folder, namer):
    """Whether a file can be made and written in folder (trying up to 100 names)."""
    for _ in range(100):
        probe = _os.path.join(folder, next(namer))
        try:
            fd = _os.open(probe, _bin_openflags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(folder) and _os.access(folder, _os.W_OK):
                continue
            return False
        except OSError:
            return False
        try:
            try:
                _os.write(fd, b'blat')
            finally:
                _os.close(fd)
        finally:
            _os.unlink(probe)
        return True
    return False


def _get_default_tempdir():
    """The first candidate folder where a file can be written."""
    namer = _RandomNameSequence()
    candidates = _candidate_tempdir_list()
    for folder in candidates:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        try:
            if _writable_here(folder, namer):
                return folder
        except OSError:
            continue
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % candidates)


_name_sequence = None


def _get_candidate_names():
    """The shared name source, made on first use."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()   # shared by all callers
    return _name_sequence


def _fresh_names(kind):
    source = _get_candidate_names()
    return map(_os.fsencode, source) if kind is bytes else source


def _create_unique(folder, prefix, suffix, kind, make, audit_event, what):
    """make(path) for new random names until one does not exist yet; returns (path,
    result). Permission errors end the search (except where Windows reports them for a
    name that is taken)."""
    names = _fresh_names(kind)
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + next(names) + suffix)
        _audit(audit_event, path)
        try:
            return path, make(path)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(folder) and _os.access(folder, _os.W_OK):
                continue
            raise
    raise FileExistsError(_errno.EEXIST, "No usable temporary %s name found" % what)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    path, fd = _create_unique(_os.path.abspath(dir), pre, suf, output_type,
                              lambda p: _os.open(p, flags, 0o600), "tempfile.mkstemp", 'file')
    return fd, path


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()   # searched once per process
    return tempdir


def gettempdir():
    """The default folder for temporary files, as str."""
    folder = _gettempdir()
    return _os.fsdecode(folder)


def gettempdirb():
    """The default folder for temporary files, as bytes."""
    folder = _gettempdir()
    return _os.fsencode(folder)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only this user can read and write; returns (fd, absolute path). The
    caller closes and removes it."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _text_openflags if text else _bin_openflags,
                          kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a folder only this user can use; returns its path. The caller removes it."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    path, _ = _create_unique(dir, prefix, suffix, kind, lambda p: _os.mkdir(p, 0o700),
                             "tempfile.mkdtemp", 'directory')
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name not in use right now (unsafe: another process may take it; deprecated)."""
    folder = gettempdir() if dir is None else dir
    source = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + next(source) + suffix)
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# ---------------------------------------------------------------------------------------------
# File objects
# ---------------------------------------------------------------------------------------------

class _TemporaryFileCloser:
    """Closes the file once and then (if delete) removes it; also when collected."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete

    def close(self, unlink=_os.unlink):
        # unlink is bound now: at interpreter exit the os module may be gone
        if self.close_called or self.file is None:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the open file's attributes, plus name, and
    removal of the file when closed."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._closer = _TemporaryFileCloser(file, name, delete=delete)

    def __getattr__(self, name):
        found = getattr(self.__dict__['file'], name)
        if callable(found):
            method = found

            # the wrapper keeps the closer alive while a bound method of the file is in use
            @_functools.wraps(method)
            def calling(*args, **kwargs):
                return method(*args, **kwargs)
            calling._closer = self._closer
            found = calling
        if not isinstance(found, int):
            setattr(self, name, found)     # cache it, except values that change (ints)
        return found

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self.close()
        return outcome

    def close(self):
        self._closer.close()

    def __iter__(self):
        # a generator of our own keeps the wrapper (and so the file) alive while iterating
        for line in self.file:
            yield line


def _name_the_raw_file(file, name):
    # the FileIO underneath reports the path (or the descriptor) as its name
    inner = file
    for layer in ('buffer', 'raw'):
        inner = getattr(inner, layer, inner)
    inner.name = name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (the .name attribute), removed on close when
    delete is true."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if delete and _os.name == 'nt':
        flags |= _os.O_TEMPORARY
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)  # EncodingWarning under -X warn_default_encoding
    made = None

    def opener(*args):
        nonlocal made
        fd, made = _mkstemp_inner(dir, prefix, suffix, flags, kind)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors, opener=opener)
        try:
            _name_the_raw_file(file, made)
            return _TemporaryFileWrapper(file, made, delete)
        except:
            file.close()
            raise
    except:
        if made is not None and not (_os.name == 'nt' and delete):
            _os.unlink(made)
        raise


_O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')    # cleared when the kernel refuses it


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system (removed as soon as created)."""
    global _O_TMPFILE_WORKS
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)  # EncodingWarning under -X warn_default_encoding
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    options = dict(buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    if _O_TMPFILE_WORKS:
        # Linux can create the file unnamed in the first place
        anonymous = None

        def unnamed_opener(*args):
            nonlocal anonymous
            anonymous = _os.open(dir, (_bin_openflags | _os.O_TMPFILE) & ~_os.O_CREAT, 0o600)
            return anonymous
        try:
            file = _io.open(dir, mode, opener=unnamed_opener, **options)
            _name_the_raw_file(file, anonymous)
            return file
        except IsADirectoryError:
            _O_TMPFILE_WORKS = False    # the kernel does not know O_TMPFILE
        except OSError:
            pass                        # this file system does not support it
    descriptor = None

    def unlinking_opener(*args):
        nonlocal descriptor
        descriptor, path = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, kind)
        try:
            _os.unlink(path)
        except BaseException:
            _os.close(descriptor)
            raise
        return descriptor

    file = _io.open(dir, mode, opener=unlinking_opener, **options)
    _name_the_raw_file(file, descriptor)
    return file


if not (_os.name == 'posix' and _sys.platform != 'cygwin'):
    TemporaryFile = NamedTemporaryFile      # no unnamed files there


class SpooledTemporaryFile(_io.IOBase):
    """Kept in memory (BytesIO or a text wrapper over one) until it grows past max_size or
    fileno() is needed; then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:    # binary: a BytesIO
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)  # EncodingWarning under -X warn_default_encoding
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        # what TemporaryFile gets at rollover (then deleted)
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)   # Name[str] in annotations

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Moves the data to a real temporary file, keeping the position."""
        if self._rolled:
            return
        memory = self._file
        disk = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if self.closed:
            return
        _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning, stacklevel=2,
                       source=self)
        self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']     # still in memory

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    @property
    def newlines(self):
        return self._file.newlines

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)   # may extend the file

    def write(self, s):
        written = self._file.write(s)
        self._check(self._file)
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check(self._file)
        return result


def _pass_through(name):
    # a method forwarded to the current underlying file
    def forward(self, *args):
        return getattr(self._file, name)(*args)
    forward.__name__ = forward.__qualname__ = name
    return forward


for _method in ('readable', 'read', 'read1', 'readinto', 'readinto1', 'readline', 'readlines',
                'seekable', 'seek', 'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _method, _pass_through(_method))
del _method


class TemporaryDirectory:
    """A folder made by mkdtemp(), removed with its contents by cleanup(), on leaving a
    with block, or (with a ResourceWarning) when collected."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix=suffix, prefix=prefix, dir=dir)
        self._ignore_cleanup_errors = bool(ignore_cleanup_errors)
        # the finalizer must not hold self: it gets the name and the message instead
        message = "Implicitly cleaning up %r" % (self,)
        self._finalizer = _weakref.finalize(self, type(self)._cleanup, self.name,
                                            warn_message=message,
                                            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil

        def on_error(func, path, exc_info):
            kind = exc_info[0]
            if issubclass(kind, PermissionError):
                # a read-only file or folder inside: make it writable and try again
                def unlock(target):
                    chflags = getattr(_os, 'chflags', None)
                    if chflags is not None:
                        chflags(target, 0)
                    _os.chmod(target, 0o700)
                try:
                    if path != name:
                        unlock(_os.path.dirname(path))
                    unlock(path)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors)   # a folder: its contents first
                except FileNotFoundError:
                    pass
            elif not issubclass(kind, FileNotFoundError) and not ignore_errors:
                raise

        shutil.rmtree(name, onerror=on_error)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors)
        _warnings.warn(warn_message, category=ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        # detach() is None when the finalizer already ran; the folder may be back anyway
        if self._finalizer.detach() is not None or _os.path.exists(self.name):
            self._rmtree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)   # Name[str] in annotations
