# linecache: source lines of files by name, cached, for traceback, warnings, doctest and pdb.
# Entries are (size, mtime, lines, fullname); a lazy entry is a 1-tuple holding a function that
# returns the source (from a module's __loader__.get_source). Written for pygen from the
# documented behaviour of CPython 3.11's linecache; the files are read with open() as UTF-8 unless
# a coding cookie says otherwise.

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line `lineno` of `filename` (with its newline), or '' when there is none."""
    every = getlines(filename, module_globals)
    if 1 <= lineno <= len(every):
        return every[lineno - 1]   # a float line number is the index's TypeError, as in CPython
    return ''


def getlines(filename, module_globals=None):
    """Return the lines of `filename`, from the cache when it is there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []
    return lines


def _pseudo_file(filename):
    # "<stdin>", "<string>" and such name no file (and "" names nothing at all).
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def _stat(name):
    try:
        import os
    except ImportError:
        os = None
    if os is not None:
        st = os.stat(name)
        return st.st_size, st.st_mtime
    # Without os, the size read back from the file stands in and the time is unknown.
    return len(_read_bytes(name)), None


def _read_bytes(name):
    try:
        f = open(name, 'rb')
    except ValueError:
        # An open() without binary mode (pygen before its io module): UTF-8 text, encoded back.
        with open(name, encoding='utf-8') as f:
            return f.read().encode('utf-8')
    with f:
        return f.read()


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or only `filename`'s)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        # Lazy entries, entries removed meanwhile, and entries with no file to compare with.
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        recorded = entry[:2]
        try:
            still_same = _stat(entry[3]) == recorded
        except (OSError, ValueError):
            still_same = False
        if not still_same:
            cache.pop(name, None)


def _decode(data):
    # PEP 263: a coding cookie in the first two lines names the encoding; UTF-8 otherwise.
    encoding = 'utf-8'
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
        encoding = 'utf-8'
    else:
        for raw in data.split(b'\n', 2)[:2]:
            line = raw.decode('latin-1').strip()
            if not line.startswith('#'):
                if line:
                    break
                continue
            pos = line.find('coding')
            if pos >= 0 and pos + 6 < len(line) and line[pos + 6] in ':=':
                rest = line[pos + 7:].strip()
                name = ''
                for ch in rest:
                    if ch.isalnum() or ch in '-_.':
                        name += ch
                    else:
                        break
                if name:
                    encoding = name
                break
    return data.decode(encoding)


def _splitlines(text):
    # Every line ends in a newline, the last one included.
    lines = text.splitlines(True)
    if lines and lines[-1][-1:] != '\n':
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Read `filename` again into the cache and return its lines ([] when it cannot be read)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if filename.startswith('<frozen ') and filename.endswith('>'):
        return _embedded_lines(filename)
    if _pseudo_file(filename):
        return []
    fullname = filename
    try:
        stat = _stat(fullname)
    except OSError:
        basename = filename
        # A lazily registered loader knows the source of modules without a file.
        has_lazy = lazycache(filename, module_globals)
        if has_lazy:
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, _splitlines(data), fullname)
                return cache[filename][2]
        if basename.startswith('/'):
            return []
        # Relative names are looked for along sys.path, as the import system found them.
        for dirname in sys.path:
            try:
                fullname = dirname.rstrip('/') + '/' + basename if dirname else basename
            except (TypeError, AttributeError):
                continue
            try:
                stat = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    except ValueError:
        return []
    try:
        data = _read_bytes(fullname)
        lines = _splitlines(_decode(data))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    cache[filename] = (*stat, lines, fullname)
    return lines


def _embedded_lines(filename):
    """The lines of an embedded library module, whose code is named '<frozen NAME>': its
    loader has the source (CPython's own library is files, so tracebacks show its lines)."""
    module = sys.modules.get(filename[8:-1])
    get_source = getattr(getattr(module, '__loader__', None), 'get_source', None)
    if get_source is None:
        return []
    try:
        data = get_source(module.__name__)
    except (ImportError, OSError):
        return []
    if not data:
        return []
    lines = _splitlines(data)
    cache[filename] = (len(data), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Register a loader's get_source for `filename`; True when a lazy entry is (now) present."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _pseudo_file(filename) or not module_globals or '__name__' not in module_globals:
        return False
    module_name = module_globals['__name__']
    # The module's loader, or its spec's.
    loader = module_globals.get('__loader__')
    if loader is None:
        loader = getattr(module_globals.get('__spec__'), 'loader', None)
    source_of = getattr(loader, 'get_source', None)
    if not (module_name and source_of):
        return False

    def get_lines(name=module_name, *args, **kwargs):
        return source_of(name, *args, **kwargs)
    cache[filename] = (get_lines,)
    return True
