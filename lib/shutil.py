"""shutil: file operations above os: copying files (data, mode, times) and trees, removing
trees, moving, finding programs on PATH, the terminal size.

Behaviour and messages are Python 3.11's on POSIX. rmtree walks with os.scandir (pygen has no
fd-based directory walk, so rmtree.avoids_symlink_attacks is False); no archive format is
registered (make_archive and unpack_archive work with formats a program registers). pygen's
own design; CPython counterpart: Lib/shutil.py.
"""

import collections
import errno
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """The operation cannot work on this kind of file (a named pipe, say)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read (or its format not recognised)."""


class RegistryError(Exception):
    """Registering an archive or unpack format failed (an extension already taken)."""


def _audit(event, *args):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(event, *args)


def _stat(fn):
    # a DirEntry caches its stat
    if isinstance(fn, os.DirEntry):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    if isinstance(fn, os.DirEntry):
        return fn.is_symlink()
    return os.path.islink(fn)


def _samefile(src, dst):
    try:
        if not isinstance(src, os.DirEntry):
            return os.path.samefile(src, dst)
        return os.path.samestat(_stat(src), os.stat(dst))
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copies file object fsrc to fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    chunk = read(size)
    while chunk:
        write(chunk)
        chunk = read(size)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the data of src to dst (made or truncated); a symbolic link src is copied as
    a link when follow_symlinks is false. Returns dst."""
    _audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        try:
            info = _stat(name)
        except OSError:
            continue        # a missing dst is fine; a missing src fails at open below
        if stat.S_ISFIFO(info.st_mode):
            shown = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError("`%s` is a named pipe" % shown)
    if _islink(src) and not follow_symlinks:
        target = os.readlink(src)
        os.symlink(target, dst)
        return dst
    with open(src, 'rb') as source:
        try:
            with open(dst, 'wb') as target:
                copyfileobj(source, target)
        except IsADirectoryError as problem:
            # open() says "is a directory" when dst names a folder that does not exist
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from problem
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    _audit("shutil.copymode", src, dst)
    both_links = _islink(src) and os.path.islink(dst)
    if both_links and not follow_symlinks:
        if not hasattr(os, 'lchmod'):
            return      # a link's own mode cannot be set here
        mode = os.lstat(src).st_mode
        os.lchmod(dst, stat.S_IMODE(mode))
        return
    os.chmod(dst, stat.S_IMODE(_stat(src).st_mode))


def _ignore_call(*args, ns=None, follow_symlinks=None):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    """Copies permission bits, access and modification times (and flags, where the system
    has them) of src to dst."""
    _audit("shutil.copystat", src, dst)
    follow = True if follow_symlinks else not (_islink(src) and os.path.islink(dst))

    def system_call(name):
        # an os function, or a no-op where it is missing or cannot act on links
        found = getattr(os, name, _ignore_call)
        if follow or found in os.supports_follow_symlinks:
            return found
        return _ignore_call

    if isinstance(src, os.DirEntry):       # its stat may already be cached
        info = src.stat(follow_symlinks=follow)
    else:
        info = system_call("stat")(src, follow_symlinks=follow)
    system_call("utime")(dst, ns=(info.st_atime_ns, info.st_mtime_ns), follow_symlinks=follow)
    try:
        system_call("chmod")(dst, stat.S_IMODE(info.st_mode), follow_symlinks=follow)
    except NotImplementedError:
        pass        # chmod of a link, where the system cannot
    if hasattr(info, 'st_flags'):
        try:
            system_call("chflags")(dst, info.st_flags, follow_symlinks=follow)
        except OSError as problem:
            if problem.errno not in (getattr(errno, 'EOPNOTSUPP', None),
                                     getattr(errno, 'ENOTSUP', None)):
                raise


def _into_folder(src, dst):
    # copy() and copy2() accept a folder as dst
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """copyfile() then copymode(); dst may be a folder. Returns the file written."""
    target = _into_folder(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """copyfile() then copystat(); dst may be a folder. Returns the file written."""
    target = _into_folder(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---------------------------------------------------------------------------------------------
# Trees
# ---------------------------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """An ignore= callable for copytree leaving out names matching any glob pattern."""
    def ignored(path, names):
        return {name for pattern in patterns for name in fnmatch.filter(names, pattern)}
    return ignored


def _copy_entry(entry, src, dst, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                dirs_exist_ok):
    source = os.path.join(src, entry.name)
    target = os.path.join(dst, entry.name)
    # copy and copy2 can use the DirEntry's cached stat; other functions get the path
    handle = entry if copy_function in (copy, copy2) else source
    recurse_args = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    if entry.is_symlink():
        linkto = os.readlink(source)
        if symlinks:
            os.symlink(linkto, target)
            copystat(handle, target, follow_symlinks=False)
            return
        if ignore_dangling_symlinks and not os.path.exists(linkto):
            return
    if entry.is_dir():
        copytree(handle, target, *recurse_args)
    else:
        copy_function(handle, target)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the tree at src to dst (which must not exist unless dirs_exist_ok). Failures
    are collected and raised together as Error([(src, dst, why), ...]). Returns dst."""
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=bool(dirs_exist_ok))
    failures = []
    for entry in entries:
        if entry.name in skipped:
            continue
        try:
            _copy_entry(entry, src, dst, symlinks, ignore, copy_function,
                        ignore_dangling_symlinks, dirs_exist_ok)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as why:
            failures.append((os.path.join(src, entry.name), os.path.join(dst, entry.name),
                             str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        # (Windows cannot set the times of a folder; that is not reported)
        if not hasattr(why, 'winerror') or why.winerror is None:
            failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)
    return dst


def _is_real_dir(entry):
    try:
        return entry.is_dir(follow_symlinks=False)   # a link to a folder is not one
    except OSError:
        return False


def _remove_tree(path, onerror):
    """Removes path's contents, then path, reporting each failure to onerror."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())   # then still try rmdir
        entries = []
    for entry in entries:
        if not _is_real_dir(entry):
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
            continue
        try:
            if entry.is_symlink():
                raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, entry.path, sys.exc_info())
            continue
        _remove_tree(entry.path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())     # e.g. left non-empty


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes a directory tree. Failures go to onerror(function, path, exc_info), or are
    ignored (ignore_errors), or else raised. A symbolic link is refused."""
    _audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    # failures at the top are reported as CPython's fd-based walk reports them: the lstat
    # of a missing path, then the check for a link
    try:
        top = os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(top.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())    # the top itself is a link
        return
    _remove_tree(path, onerror)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    # 'a/b/' -> 'b'
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep + (os.path.altsep or '')))


def _destinsrc(src, dst):
    def as_folder(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_folder(dst).startswith(as_folder(src))


def _is_immutable(src):
    flags = getattr(_stat(src), 'st_flags', None)
    return flags is not None and flags in (stat.UF_IMMUTABLE, stat.SF_IMMUTABLE)


def move(src, dst, copy_function=copy2):
    """Moves a file or tree: os.rename where it can, else a copy and a removal. Into dst
    when dst is a folder. Returns the destination."""
    _audit("shutil.move", src, dst)
    destination = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # a case-only rename on a case-insensitive system
            os.rename(src, dst)
            return
        destination = os.path.join(dst, _basename(src))
        if os.path.exists(destination):
            raise Error("Destination path '%s' already exists" % destination)
    try:
        os.rename(src, destination)
        return destination
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), destination)
        os.unlink(src)
    elif os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        if _is_immutable(src) or (sys.platform == 'darwin' and not os.access(src, os.W_OK)
                                  and os.listdir(src)):
            raise PermissionError("Cannot move the non-empty directory '%s': Lacking write "
                                  "permission to '%s'." % (src, src))
        copytree(src, destination, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, destination)
        os.unlink(src)
    return destination


# ---------------------------------------------------------------------------------------------
# System queries
# ---------------------------------------------------------------------------------------------

_ntuple_diskusage = collections.namedtuple('usage', ['total', 'used', 'free'])

if hasattr(os, 'statvfs'):
    def disk_usage(path):
        """Total, used and free bytes of the file system holding path."""
        info = os.statvfs(path)
        block = info.f_frsize
        return _ntuple_diskusage(info.f_blocks * block, (info.f_blocks - info.f_bfree) * block,
                                 info.f_bavail * block)
else:
    __all__.remove('disk_usage')


def _lookup_id(module_name, function_name, name):
    if name is None:
        return None
    try:
        module = __import__(module_name)
    except ImportError:
        return None
    try:
        return getattr(module, function_name)(name)[2]
    except KeyError:
        return None


def chown(path, user=None, group=None):
    """Changes the owner and/or group of path (names or numbers)."""
    _audit('shutil.chown', path, user, group)
    if group is None and user is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if isinstance(user, str):
        uid = _lookup_id('pwd', 'getpwnam', user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    elif user is not None:
        uid = user
    if group is not None and not isinstance(group, int):
        gid = _lookup_id('grp', 'getgrnam', group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    elif group is not None:
        gid = group
    os.chown(path, uid, gid)


def get_terminal_size(fallback=(80, 24)):
    """$COLUMNS and $LINES when set to positive numbers, else the terminal on stdout, else
    fallback, as an os.terminal_size."""
    def from_environment(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0
    columns, lines = from_environment('COLUMNS'), from_environment('LINES')
    if min(columns, lines) <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))   # a structseq built from a pair


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd: cmd itself if it names a folder, else the first match
    on path (default $PATH); None if not found."""
    if os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        folders = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(path).split(os.pathsep)
    looked = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in looked:
            continue
        looked.add(key)
        candidate = os.path.join(folder, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


# ---------------------------------------------------------------------------------------------
# Archive registries (no format is built in)
# ---------------------------------------------------------------------------------------------

_ARCHIVE_FORMATS = {}     # name -> (function, extra_args, description)
_UNPACK_FORMATS = {}      # name -> (extensions, function, extra_args, description)


def get_archive_formats():
    """(name, description) of the registered archive formats, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Registers function(base_name, base_dir, **options) as the archiver of format name;
    extra_args are (keyword, value) pairs passed to it."""
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (list, tuple)):
        raise TypeError('extra_args needs to be a sequence')
    if any(not isinstance(pair, (tuple, list)) or len(pair) != 2 for pair in extra_args):
        raise TypeError('extra_args elements are : (arg_name, value)')
    # the last field: whether the archiver takes root_dir= itself (registered ones do not)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Calls the registered archiver of format on base_dir, from inside root_dir; returns
    the archive's name."""
    _audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        function, extra_args, _, takes_root_dir = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    options = dict(dry_run=dry_run, logger=logger, owner=owner, group=group)
    options.update(extra_args)
    previous_dir = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        if takes_root_dir:
            base_name = os.fspath(base_name)   # the archiver resolves it against root_dir
            options['root_dir'] = root_dir
        else:
            previous_dir = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)   # before leaving the current folder
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, os.curdir if base_dir is None else base_dir, **options)
    finally:
        if previous_dir is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", previous_dir)
            os.chdir(previous_dir)


def get_unpack_formats():
    """(name, extensions, description) of the registered unpack formats, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    extra_args = [] if extra_args is None else extra_args
    claimed = {ext: other for other, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for extension in extensions:
        if extension in claimed:
            raise RegistryError('%s is already registered for "%s"'
                                % (extension, claimed[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_by_extension(filename):
    for name, entry in _UNPACK_FORMATS.items():
        if any(filename.endswith(extension) for extension in entry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpacks filename into extract_dir (default the current folder) with the registered
    unpacker of format, or of its extension."""
    _audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)   # a path-like is accepted
    extra = {} if filter is None else {'filter': filter}
    if format is None:
        format = _format_by_extension(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    _, function, extra_args, _ = _UNPACK_FORMATS[format]
    function(filename, extract_dir, **dict(extra_args), **extra)
