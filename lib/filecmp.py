# filecmp: comparing files (by signature, then by content) and directories (dircmp, whose
# listings are computed on first access). CPython counterpart: Lib/filecmp.py.
import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']  # noqa

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature 1, signature 2) -> whether the contents were equal; at most about 100.
_cache = {}


def clear_cache():
    """Forgets the remembered content comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether two files look equal: regular files with the same type, size and modification
    time (when shallow), else with the same bytes. Results are remembered while the files'
    signatures stay the same."""
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    same = _cache.get(key)
    if same is None:
        same = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = same
    return same


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block = a.read(BUFSIZE)
            if block != b.read(BUFSIZE):
                return False
            if not block:
                return True


def _verdict(a, b, shallow):
    """0 equal, 1 different, 2 could not be compared."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """(equal, different, could not compare): the names in common split by comparing
    a/name with b/name."""
    result = ([], [], [])
    for name in common:
        result[_verdict(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _without(names, skip):
    return [name for name in names if name not in skip]


class dircmp:
    """dircmp(a, b, ignore=None, hide=None): compares two directories. Its lists --
    left_list, right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files -- and subdirs (a dircmp per common
    subdirectory) are computed when first read. ignore defaults to DEFAULT_IGNORES, hide to
    [os.curdir, os.pardir]."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        """The sorted listings, without hidden and ignored names."""
        skip = self.hide + self.ignore
        self.left_list = sorted(_without(os.listdir(self.left), skip))
        self.right_list = sorted(_without(os.listdir(self.right), skip))

    def phase1(self):
        """The names on both sides and on one side only (compared after os.path.normcase)."""
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """The common names sorted into directories, files and the rest ('funny')."""
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """The common files compared: same, different, or not comparable."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """A comparison of the same kind for each common subdirectory."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    # report()'s lines: the heading and the list it shows, when that list is not empty.
    _REPORT_LINES = (
        (None, 'left_only'), (None, 'right_only'), ('Identical files :', 'same_files'),
        ('Differing files :', 'diff_files'), ('Trouble with common files :', 'funny_files'),
        ('Common subdirectories :', 'common_dirs'), ('Common funny cases :', 'common_funny'))

    def report(self):
        """Prints what differs between the two directories."""
        print('diff', self.left, self.right)
        for heading, attr in self._REPORT_LINES:
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if heading is None:
                side = self.left if attr == 'left_only' else self.right
                print('Only in', side, ':', names)
            else:
                print(heading, names)

    def report_partial_closure(self):
        """report(), then report() of each immediate subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then the same for every subdirectory, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    # Which phase computes each attribute.
    methodmap = {}
    for _phase, _names in ((phase0, ('left_list', 'right_list')),
                           (phase1, ('common', 'left_only', 'right_only')),
                           (phase2, ('common_dirs', 'common_files', 'common_funny')),
                           (phase3, ('same_files', 'diff_files', 'funny_files')),
                           (phase4, ('subdirs',))):
        methodmap.update(dict.fromkeys(_names, _phase))
    del _phase, _names

    def __getattr__(self, attr):
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    flags, paths = getopt.getopt(sys.argv[1:], 'r')
    if len(paths) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    compared = dircmp(*paths)
    if ('-r', '') in flags:
        compared.report_full_closure()
    else:
        compared.report()


if __name__ == '__main__':
    demo()
