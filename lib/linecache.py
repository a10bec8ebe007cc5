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
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the lines of `filename`, from the cache when it is there."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


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
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue   # lazy entries, and entries removed meanwhile
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no file on disk to compare with
        try:
            now = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now != (size, mtime):
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
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Read `filename` again into the cache and return its lines ([] when it cannot be read)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if filename.startswith('<frozen ') and filename.endswith('>'):
        return _embedded_lines(filename)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = _stat(fullname)
    except OSError:
        basename = filename
        # A lazily registered loader knows the source of modules without a file.
        if lazycache(filename, module_globals):
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
    size, mtime = stat
    cache[filename] = size, mtime, lines, fullname
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
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
