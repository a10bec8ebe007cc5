# glob: shell-style pathname expansion (*, ?, [seq], and ** with recursive=True). Names starting
# with a dot are matched only by patterns starting with one, unless include_hidden.
# A pattern is expanded from the left: its folder part first (yielding folders only), then the
# last component inside each folder found. dir_fd is accepted and, as before, not used.
# Written for pygen from the Python 3.11 documentation.

import os
import re
import fnmatch
import itertools
import stat
import sys

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in directory order, not sorted)."""
    found = iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                  recursive=recursive, include_hidden=include_hidden)
    return list(found)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if hasattr(sys, 'audit'):
        sys.audit("glob.glob", pathname, recursive)
    # Results are relative to root_dir; '' (or b'') stands for the current folder.
    base = pathname[:0] if root_dir is None else os.fspath(root_dir)
    results = _expand(pathname, base, dir_fd, recursive, False, include_hidden)
    leading_globstar = recursive and _isrecursive(pathname[:2])
    if pathname and not leading_globstar:
        return results
    # '**' at the start first yields '' (the folder itself), which is not a match.
    first = next(results, None)
    if first:
        return itertools.chain((first,), results)
    return results


def _expand(pattern, base, dir_fd, recursive, dirs_only, hidden):
    """Yield the matches of pattern below base (folders only when dirs_only)."""
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        assert not dirs_only
        # A literal path: it matches if it exists (a trailing separator asks for a folder).
        exists = (_lexists(_join(base, pattern), dir_fd) if tail
                  else _isdir(_join(base, head), dir_fd))
        if exists:
            yield pattern
        return
    if not head:
        in_base = _glob2 if recursive and _isrecursive(tail) else _glob1
        yield from in_base(base, tail, dir_fd, dirs_only, include_hidden=hidden)
        return
    # split() gives a drive or UNC root back unchanged: expanding it again would never end.
    if head != pattern and has_magic(head):
        folders = _expand(head, base, dir_fd, recursive, True, hidden)
    else:
        folders = [head]
    if not has_magic(tail):
        look_in = _glob0
    elif recursive and _isrecursive(tail):
        look_in = _glob2
    else:
        look_in = _glob1
    for folder in folders:
        for name in look_in(_join(base, folder), tail, dir_fd, dirs_only, include_hidden=hidden):
            yield os.path.join(folder, name)


def _visible(names, hidden):
    return names if hidden else (n for n in names if not _ishidden(n))


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    """The names in dirname matching the wildcard pattern."""
    candidates = _listdir(dirname, dir_fd, dironly)
    # A pattern that itself starts with a dot may match dot-names.
    pattern_hidden = not include_hidden and _ishidden(pattern)
    if not pattern_hidden:
        candidates = _visible(candidates, include_hidden)
    return fnmatch.filter(candidates, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    """[basename] if that literal name exists in dirname ('' asks whether dirname is a folder)."""
    if basename:
        present = _lexists(_join(dirname, basename), dir_fd)
    else:
        present = _isdir(dirname, dir_fd)
    return [basename] if present else []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, dir_fd=None, dironly=False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, dir_fd=None, dironly=False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    """'**': the folder itself (as '') and everything below it."""
    assert _isrecursive(pattern)
    if not dirname or _isdir(dirname, dir_fd):
        yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden=include_hidden)


def _iterdir(dirname, dir_fd, dironly):
    # Names in dirname (folders only when dironly); an unreadable folder has none.
    if dirname:
        target = dirname
    else:
        target = os.curdir if isinstance(dirname, str) else os.curdir.encode('ascii')
    try:
        with os.scandir(target) as entries:
            for entry in entries:
                try:
                    wanted = not dironly or entry.is_dir()
                except OSError:
                    continue
                if wanted:
                    yield entry.name
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    return list(_iterdir(dirname, dir_fd, dironly))


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    """Every path below dirname, relative to it, each folder before its contents."""
    for name in _listdir(dirname, dir_fd, dironly):
        if not include_hidden and _ishidden(name):
            continue
        yield name
        inner = _join(dirname, name) if dirname else name
        for below in _rlistdir(inner, dir_fd, dironly, include_hidden=include_hidden):
            yield _join(name, below)


def _lexists(pathname, dir_fd):
    return os.path.lexists(pathname)    # dir_fd is not supported yet


def _isdir(pathname, dir_fd):
    return os.path.isdir(pathname)      # dir_fd is not supported yet


def _join(dirname, basename):
    # os.path.join, except that an empty side leaves the other unchanged.
    if not (dirname and basename):
        return dirname or basename
    joined = os.path.join(dirname, basename)
    return joined


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """True when s holds a wildcard character (*, ? or [)."""
    finder = magic_check_bytes if isinstance(s, bytes) else magic_check
    return finder.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', 46)     # 46: a bytes path's first item is an int


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape the magic characters ('*', '?', '[') so the path matches only itself."""
    # The drive is left alone: on Windows it may legitimately hold '?' (\\?\C:).
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest

