# posixpath (os.path on POSIX): path text operations and the queries that stat the file system.
# Every function takes str or bytes (and os.PathLike) and answers in the same type.
# CPython counterpart: Lib/posixpath.py, Lib/genericpath.py.
import os
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b'/', b'.'
    else:
        sep, extsep_ = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep_)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep_:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _mode_is(path, test, follow=True):
    # test(st_mode) of the file (of the link itself when not follow); False if it cannot be
    # examined at all.
    try:
        info = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return test is None or test(info.st_mode)


def exists(path):
    return _mode_is(path, None)


def lexists(path):
    return _mode_is(path, None, follow=False)


def isfile(path):
    return _mode_is(path, stat.S_ISREG)


def isdir(s):
    return _mode_is(s, stat.S_ISDIR)


def islink(path):
    return _mode_is(path, stat.S_ISLNK, follow=False)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _home_directory(user):
    """The home directory of user (None: the current user, $HOME first), or None."""
    if user is None and 'HOME' in os.environ:
        return os.environ['HOME']
    try:
        import pwd
        entry = pwd.getpwuid(os.getuid()) if user is None else pwd.getpwnam(user)
    except (ImportError, KeyError):
        return None
    return entry.pw_dir


def expanduser(path):
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    if path[:1] != (b'~' if as_bytes else '~'):
        return path
    sep = _sep(path)
    # "~" or "~user", up to the first separator.
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    user = path[1:end] or None
    if as_bytes and user is not None:
        user = str(user, 'ASCII')
    home = _home_directory(user)
    if home is None:
        return path
    if as_bytes:
        home = os.fsencode(home)
    return (home.rstrip(sep) + path[end:]) or sep


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        environ = os.environb if hasattr(os, 'environb') else None
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        decode = lambda b: b
    else:
        if '$' not in path:
            return path
        environ = os.environ
        dollar, lbrace, rbrace = '$', '{', '}'
    out = path[:0]
    i = 0
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out += c
            i += 1
            continue
        if path[i + 1:i + 2] == lbrace:
            j = path.find(rbrace, i + 2)
            if j < 0:
                out += path[i:]
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j:j + 1].isalnum() or path[j:j + 1] in ('_', b'_')):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and environ is not None and name in environ:
            out += environ[name]
        else:
            out += path[i:end]
        i = end if end > i else i + 1
    return out


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX allows one or two initial slashes, but treats three or more as a single slash.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    resolved, _ = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(resolved)


def _joinrealpath(path, rest, strict, seen):
    """path joined with rest, every symbolic link on the way replaced by its target; the
    second item is False when a link loop stopped the walk (non-strict mode). seen maps each
    link already met to its resolution (None while it is being resolved)."""
    if isinstance(path, bytes):
        sep, here, up = b'/', b'.', b'..'
    else:
        sep, here, up = '/', '.', '..'
    if isabs(rest):
        path, rest = sep, rest[1:]
    while rest:
        step, _, rest = rest.partition(sep)
        if step in (here, path[:0]):
            continue
        if step == up:
            # Back up one component; a path made of ".." only grows.
            if not path:
                path = up
            else:
                path, last = split(path)
                if last == up:
                    path = join(path, up, up)
            continue
        candidate = join(path, step)
        try:
            mode = os.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            mode = 0
        if not stat.S_ISLNK(mode):
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            # A loop: strict mode reports it through stat's error; otherwise stop here.
            if strict:
                os.stat(candidate)
            else:
                return join(candidate, rest), False
        seen[candidate] = None
        path, complete = _joinrealpath(path, os.readlink(candidate), strict, seen)
        if not complete:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def _parts(path, sep):
    return [part for part in abspath(path).split(sep) if part]


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        here, sep, up = b'.', b'/', b'..'
    else:
        here, sep, up = '.', '/', '..'
    start = here if start is None else os.fspath(start)
    _check_arg_types('relpath', path, start)
    origin, target = _parts(start, sep), _parts(path, sep)
    shared = 0
    for a, b in zip(origin, target):
        if a != b:
            break
        shared += 1
    # Up out of start's own components, then down into path's.
    steps = [up] * (len(origin) - shared) + target[shared:]
    return join(*steps) if steps else here


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, here = b'/', b'.'
    else:
        sep, here = '/', '.'
    _check_arg_types('commonpath', *paths)
    kinds = {path[:1] == sep for path in paths}
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    absolute = kinds.pop()
    components = [[part for part in path.split(sep) if part and part != here] for path in paths]
    # The shortest and longest in sort order bound all others: their shared prefix is shared
    # by everything in between.
    low, high = min(components), max(components)
    shared = low
    for index, part in enumerate(low):
        if part != high[index]:
            shared = low[:index]
            break
    return (sep if absolute else sep[:0]) + sep.join(shared)
