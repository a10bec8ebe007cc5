# pathlib: object-oriented paths, in pygen's own design.
#
# A path is three things: a drive ('' on POSIX, 'c:' or '\\server\share' on Windows), a root
# ('', the separator, or POSIX's special '//') and a tuple of names (the tail). A _Syntax object
# (one for POSIX, one for Windows) knows the separators, how text splits into drive/root/rest and
# how names compare; every parsing and joining rule is a function of it. Pure paths only
# compute; Path and its system class (PosixPath here) reach the file system through os.
# Globbing compiles a pattern into a chain of small steps (_glob_steps).
# CPython counterpart: Lib/pathlib.py (written here from the 3.11 documentation and behaviour).

import fnmatch
import io
import os
import sys
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# OS errors meaning "not there": exists(), is_dir() and friends answer False for these.
_MISSING_ERRNOS = frozenset((ENOENT, ENOTDIR, EBADF, ELOOP))
_ON_WINDOWS = os.name == 'nt'


def _audit(*event):
    hook = getattr(sys, 'audit', None)
    if hook is not None:
        hook(*event)


def _means_missing(err):
    return getattr(err, 'errno', None) in _MISSING_ERRNOS


# ---- syntaxes ---------------------------------------------------------------------------------

class _Syntax:
    """How one family of paths is written. splitroot(text) -> (drive, root, rest) works on text
    already using sep; fold() is what comparisons see."""
    altsep = ''
    has_drives = False
    ignores_case = False

    def normalise(self, text):
        return text.replace(self.altsep, self.sep) if self.altsep else text

    def fold(self, text):
        return text

    def parse(self, texts):
        """(drive, root, [names]) of the texts joined left to right: an anchored text starts
        over (a root alone keeps the drive already seen)."""
        drv = root = ''
        names = []
        for text in texts:
            if not text:
                continue
            d, r, rest = self.splitroot(self.normalise(text))
            if d or r:
                if r and not d and self.has_drives:
                    d = drv
                drv, root, names = d, r, []
            names.extend(sys.intern(n) for n in rest.split(self.sep) if n and n != '.')
        return drv, root, names

    def parse_parts(self, texts):
        """CPython's flavour interface: (drive, root, parts) with the anchor as first part."""
        drv, root, names = self.parse(texts)
        return drv, root, ([drv + root] if drv or root else []) + names

    def compile_pattern(self, pattern):
        import re
        flags = re.IGNORECASE if self.ignores_case else 0
        return re.compile(fnmatch.translate(pattern), flags).fullmatch


class _PosixSyntax(_Syntax):
    sep = '/'
    is_supported = os.name != 'nt'

    def splitroot(self, text):
        if text[:1] != '/':
            return '', '', text
        rest = text.lstrip('/')
        # POSIX leaves the meaning of exactly two leading slashes to the system: kept as they
        # are; three or more mean one.
        return '', '//' if len(text) - len(rest) == 2 else '/', rest

    def reserved(self, drv, names):
        return False

    def uri(self, path):
        return 'file://' + _percent_encode(os.fsencode(str(path)))


_DRIVE_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_RESERVED_WINDOWS_NAMES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
    + [kind + digit for kind in ('COM', 'LPT') for digit in '123456789\xb9\xb2\xb3'])


class _WindowsSyntax(_Syntax):
    sep = '\\'
    altsep = '/'
    has_drives = True
    ignores_case = True
    is_supported = os.name == 'nt'

    def fold(self, text):
        return text.lower()

    def splitroot(self, text):
        prefix = ''
        if text[:2] == '\\\\':
            # \\?\ (extended) and \\?\UNC\ prefixes go with the drive
            if text.startswith('\\\\?\\'):
                prefix, text = text[:4], text[4:]
                if text.startswith('UNC\\'):
                    prefix, text = prefix + 'UNC', '\\' + text[3:]
            if text[:2] == '\\\\' and text[2:3] != '\\':
                # \\server\share is a drive when both names are there
                server_end = text.find('\\', 2)
                if server_end > 0:
                    share_end = text.find('\\', server_end + 1)
                    if share_end != server_end + 1:
                        if share_end < 0:
                            share_end = len(text)
                        drive = text[:share_end]
                        if prefix:
                            drive = drive[1:]
                        return prefix + drive, '\\', text[share_end + 1:]
        drv = ''
        if text[1:2] == ':' and text[:1] in _DRIVE_LETTERS:
            drv, text = text[:2], text[2:]
        root = ''
        if text[:1] == '\\':
            root, text = '\\', text.lstrip('\\')
        return prefix + drv, root, text

    def reserved(self, drv, names):
        if drv.startswith('\\\\'):
            return False          # UNC and extended paths name no device
        if not names:
            return False
        base = names[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return base.upper() in _RESERVED_WINDOWS_NAMES

    def uri(self, path):
        drv = path.drive
        if len(drv) == 2 and drv[1] == ':':
            after_drive = path.as_posix()[len(drv):].lstrip('/')
            return f"file:///{drv}/{_percent_encode(after_drive.encode('utf-8'))}"
        return 'file:' + _percent_encode(path.as_posix().encode('utf-8'))


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _percent_encode(data):
    return ''.join(chr(b) if b in _URI_SAFE else f'%{b:02X}' for b in data)


_posix_syntax = _PosixSyntax()
_windows_syntax = _WindowsSyntax()
_posix_flavour, _windows_flavour = _posix_syntax, _windows_syntax    # the names CPython uses


# ---- pure paths -------------------------------------------------------------------------------

def _texts_of(args):
    """The str forms of constructor/joinpath arguments."""
    out = []
    for a in args:
        if isinstance(a, PurePath):
            out.extend(a.parts)
            continue
        text = os.fspath(a)
        if not isinstance(text, str):
            raise TypeError("argument should be a str object or an os.PathLike object "
                            f"returning str, not {type(text)!r}")
        out.append(str(text))
    return out


class _Parents(Sequence):
    """path.parents: the ancestors, nearest first (negative indexes and slices allowed)."""
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._tail)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        if not -count <= index < count:
            raise IndexError(index)
        keep = count - 1 - (index % count)
        p = self._path
        return p._build(p._drv, p._root, p._tail[:keep])

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path that only computes; PurePath(...) makes this system's flavour (PurePosixPath)."""
    __slots__ = ('_drv', '_root', '_tail', '_text', '_key_cache', '_hash_cache')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if _ON_WINDOWS else PurePosixPath
        return cls._from_texts(_texts_of(args))

    @classmethod
    def _from_texts(cls, texts):
        return cls._build(*cls._flavour.parse(texts))

    @classmethod
    def _build(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv, self._root, self._tail = drv, root, tuple(tail)
        return self

    def __reduce__(self):
        return type(self), self.parts

    # -- text

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            body = self._flavour.sep.join(self._tail)
            self._text = (self._drv + self._root + body) or '.'
            return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.uri(self)

    # -- comparison

    def _key(self):
        try:
            return self._key_cache
        except AttributeError:
            fold = self._flavour.fold
            self._key_cache = tuple(map(fold, self.parts))
            return self._key_cache

    def _comparable(self, other):
        return isinstance(other, PurePath) and other._flavour is self._flavour

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._comparable(other) and self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        try:
            return self._hash_cache
        except AttributeError:
            self._hash_cache = hash(self._key())
            return self._hash_cache

    def __lt__(self, other):
        return self._key() < other._key() if self._comparable(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._comparable(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._comparable(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._comparable(other) else NotImplemented

    # -- pieces

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC), if any.")
    root = property(lambda self: self._root, doc="The root, if any.")

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def parts(self):
        """The anchor (if any) followed by the names."""
        return ((self.anchor,) if self._drv or self._root else ()) + self._tail

    @property
    def name(self):
        """The final name ('' when there is none)."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final name's extension: '.gz' of 'a.tar.gz'."""
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        """All extensions of the final name: ['.tar', '.gz']."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + piece for piece in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The final name without its suffix."""
        name, suffix = self.name, self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        if not self._tail:
            return self
        return self._build(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """The logical ancestors, as a sequence."""
        return _Parents(self)

    def is_absolute(self):
        """Whether there is a root (and, for Windows, a drive)."""
        if not self._root:
            return False
        return bool(self._drv) or not self._flavour.has_drives

    def is_reserved(self):
        """Whether Windows reserves the name (CON, NUL, COM1 ...); never on POSIX."""
        return self._flavour.reserved(self._drv, self.parts)

    # -- new paths from this one

    def _joined(self, texts):
        """This path with texts appended, as '/' joins: an anchored text replaces it, except
        that a root alone keeps the drive, and a text on the same drive continues it."""
        syntax = self._flavour
        drv, root, tail = syntax.parse(texts)
        if root:
            if not drv:
                drv = self._drv
        elif not drv or syntax.fold(drv) == syntax.fold(self._drv):
            drv, root, tail = self._drv, self._root, self._tail + tuple(tail)
        return self._build(drv, root, tail)

    def joinpath(self, *args):
        """This path with each argument appended in turn."""
        return self._joined(_texts_of(args))

    def __truediv__(self, key):
        try:
            return self._joined(_texts_of((key,)))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_texts(_texts_of((key, self)))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """This path with its final name replaced."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        syntax = self._flavour
        drv, root, names = syntax.parse((name,))
        if (not name or name[-1] in (syntax.sep, syntax.altsep) or drv or root
                or len(names) != 1):
            raise ValueError(f"Invalid name {name!r}")
        return self._build(self._drv, self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """This path with the stem of its final name replaced."""
        name = stem + self.suffix
        return self.with_name(name)

    def with_suffix(self, suffix):
        """This path with its suffix replaced (or added, or removed with '')."""
        syntax = self._flavour
        bad = (syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix)
               or suffix == '.' or (suffix and suffix[0] != '.'))
        if bad:
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self._build(self._drv, self._root, self._tail[:-1] + (self.stem + suffix,))

    def _spine(self):
        """The pieces relative_to() compares: drive and root as separate entries."""
        if self._root:
            return (self._drv, self._root) + self._tail
        return ((self._drv,) if self._drv else ()) + self._tail

    def relative_to(self, *other):
        """This path relative to other, which must be an ancestor of it (or it)."""
        if not other:
            raise TypeError("need at least one argument")
        base = self._from_texts(_texts_of(other))
        mine, theirs = self._spine(), base._spine()
        fold = self._flavour.fold
        n = len(theirs)
        if n == 0:
            refused = bool(self._drv or self._root)
        else:
            refused = tuple(map(fold, mine[:n])) != tuple(map(fold, theirs))
        if refused:
            shown = base._drv + base._root + self._flavour.sep.join(base._tail)
            raise ValueError(f"{str(self)!r} is not in the subpath of {shown!r} OR one "
                             "path is relative and the other is absolute.")
        rest = mine[n:]
        if n == 1 and self._root:
            return self._build('', self._root, rest[1:])     # a drive-only base keeps the root
        return self._build('', '', rest)

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, compared from the right (an anchored
        pattern must match the whole path)."""
        syntax = self._flavour
        fold = syntax.fold
        drv, root, names = syntax.parse((fold(path_pattern),))
        if not (drv or root or names):
            raise ValueError("empty pattern")
        if drv and drv != fold(self._drv):
            return False
        if root and root != fold(self._root):
            return False
        mine = self._key()            # folded, anchor included
        if drv or root:
            if len(names) + 1 != len(mine):
                return False
        elif len(names) > len(mine):
            return False
        return all(fnmatch.fnmatchcase(n, p) for n, p in zip(reversed(mine), reversed(names)))


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    _flavour = _posix_syntax
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax: drives, backslashes, case-insensitive names."""
    _flavour = _windows_syntax
    __slots__ = ()


# ---- globbing ---------------------------------------------------------------------------------

def _listing(directory):
    """The os.DirEntry list of directory; [] when it cannot be read."""
    try:
        with os.scandir(directory) as entries:
            return list(entries)
    except PermissionError:
        return []
    except OSError as err:
        if _means_missing(err):
            return []
        raise


def _entry_is_dir(entry, follow=True):
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError as err:
        if not _means_missing(err):
            raise
        return False


def _glob_steps(syntax, parts, dirs_at_end):
    """One generator function per pattern component: each maps a path to the paths below it
    matching that component (directories only, but for the last unless dirs_at_end)."""
    steps = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1 and not dirs_at_end
        if part == '**':
            steps.append(_step_any_depth)
        elif '**' in part:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif any(c in part for c in '*?['):
            steps.append(_step_wildcard(syntax.compile_pattern(part), dirs_only=not last))
        else:
            steps.append(_step_literal(part, dirs_only=not last))
    return steps


def _step_literal(name, dirs_only):
    def step(path):
        child = path._child(name)
        if (child.is_dir() if dirs_only else child.exists()):
            yield child
    return step


def _step_wildcard(matches, dirs_only):
    def step(path):
        for entry in _listing(path):
            if dirs_only and not _entry_is_dir(entry):
                continue
            if matches(entry.name):
                yield path._child(entry.name)
    return step


def _step_any_depth(path):
    """path and every directory below it (symbolic links to directories are not entered)."""
    pending = [path]
    while pending:
        here = pending.pop()
        yield here
        below = [e for e in _listing(here) if _entry_is_dir(e) and not e.is_symlink()]
        pending.extend(here._child(e.name) for e in reversed(below))


def _run_glob(start, steps):
    """The paths the steps lead to from start, lazily, each once."""
    seen = set()

    def walk(path, depth):
        if depth == len(steps):
            if path not in seen:
                seen.add(path)
                yield path
            return
        for found in steps[depth](path):
            yield from walk(found, depth + 1)
    return walk(start, 0)


# ---- concrete paths ---------------------------------------------------------------------------

def _mode_test(check, follow=True):
    def method(self):
        try:
            mode = self.stat(follow_symlinks=follow).st_mode
        except OSError as err:
            if not _means_missing(err):
                raise
            return False
        except ValueError:          # a path the OS cannot encode
            return False
        return check(mode)
    return method


class Path(PurePath):
    """A path on the file system (PosixPath here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if _ON_WINDOWS else PosixPath
        self = cls._from_texts(_texts_of(args))
        if not cls._flavour.is_supported:
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")
        return self

    def _child(self, name):
        return self._build(self._drv, self._root, self._tail + (name,))

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, 2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    # -- reading the file system

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path (os.lstat() with follow_symlinks=False)."""
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        """os.lstat() of the path."""
        return os.lstat(self)

    def exists(self):
        """Whether the path exists (following symbolic links)."""
        try:
            self.stat()
        except OSError as err:
            if not _means_missing(err):
                raise
            return False
        except ValueError:
            return False
        return True

    is_dir = _mode_test(S_ISDIR)
    is_file = _mode_test(S_ISREG)
    is_symlink = _mode_test(S_ISLNK, follow=False)
    is_block_device = _mode_test(S_ISBLK)
    is_char_device = _mode_test(S_ISCHR)
    is_fifo = _mode_test(S_ISFIFO)
    is_socket = _mode_test(S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point: a directory on another device than its parent,
        or its own parent."""
        if not self.is_dir():
            return False
        try:
            up = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != up.st_dev or here.st_ino == up.st_ino

    def samefile(self, other_path):
        """Whether other_path is the same file as this one."""
        other = other_path if hasattr(other_path, 'stat') else type(self)(other_path)
        return os.path.samestat(self.stat(), other.stat())

    def iterdir(self):
        """The entries of this directory, as paths."""
        for name in os.listdir(self):
            yield self._child(name)

    def _globbing(self, pattern, recursive):
        syntax = self._flavour
        drv, root, names = syntax.parse((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        dirs_at_end = bool(pattern) and pattern[-1] in (syntax.sep, syntax.altsep)
        if recursive:
            names.insert(0, '**')
        yield from _run_glob(self, _glob_steps(syntax, names, dirs_at_end))

    def glob(self, pattern):
        """The existing paths below this one matching a relative pattern ('**' spans any
        number of directories)."""
        _audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        yield from self._globbing(pattern, False)

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        _audit("pathlib.Path.rglob", self, pattern)
        yield from self._globbing(pattern, True)

    def absolute(self):
        """This path made absolute with the current directory (no normalisation)."""
        if self.is_absolute():
            return self
        return self._from_texts([os.getcwd(), *self.parts])

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        def loop_check(err):
            if err.errno == ELOOP:
                raise RuntimeError(f"Symlink loop from {err.filename!r}")
        try:
            text = os.path.realpath(self, strict=strict)
        except OSError as err:
            loop_check(err)
            raise
        resolved = self._from_texts([text])
        if not strict:
            try:
                resolved.stat()
            except OSError as err:
                loop_check(err)
        return resolved

    def readlink(self):
        """The target of this symbolic link, as a path."""
        if getattr(os, 'readlink', None) is None:
            raise NotImplementedError("os.readlink() not available on this system")
        return self._from_texts([os.readlink(self)])

    def owner(self):
        """The login name of the file's owner."""
        import pwd
        entry = pwd.getpwuid(self.stat().st_uid)
        return entry.pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        entry = grp.getgrgid(self.stat().st_gid)
        return entry.gr_name

    def expanduser(self):
        """The path with a leading ~ or ~user replaced by that home directory."""
        if self._drv or self._root or not self._tail or self._tail[0][:1] != '~':
            return self
        home = os.path.expanduser(self._tail[0])
        if home[:1] == '~':
            raise RuntimeError("Could not determine home directory.")
        return self._from_texts([home] + list(self._tail[1:]))

    # -- file contents

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """io.open() of the path."""
        text_mode = 'b' not in mode
        return io.open(self, mode, buffering, io.text_encoding(encoding) if text_mode else encoding,
                       errors, newline)

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole file as str."""
        with self.open('r', encoding=io.text_encoding(encoding), errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with a bytes-like object; returns the count written."""
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with text; returns the count written."""
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=io.text_encoding(encoding), errors=errors,
                       newline=newline) as f:
            return f.write(data)

    # -- changing the file system

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or (exist_ok) update its times if it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and, with parents, its missing ancestors)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            up = self.parent
            if not parents or up == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        up.mkdir(mode=0o777, parents=True, exist_ok=True)      # then this one, once more
        self.mkdir(mode, False, exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits."""
        os.chmod(os.fspath(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of the link itself."""
        return self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file (a missing one is an error unless missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; returns the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; returns the new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        if _ON_WINDOWS:
            os.symlink(target, self, bool(target_is_directory))
        else:
            os.symlink(target, self)        # POSIX has no use for target_is_directory

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated: use hardlink_to)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, 2)
        os.link(self, target)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path (it cannot be made on this system)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
