# fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched against names: fnmatch, fnmatchcase,
# filter, and translate, which gives the same regular expression text as CPython 3.11 (runs of
# '*' between fixed parts become atomic groups so matching does not backtrack into them).
# Written for pygen from the documented behaviour of CPython 3.11's fnmatch.

import functools
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

def _normcase(name):
    try:
        import os
    except ImportError:
        return name   # POSIX: names compare as they are
    return os.path.normcase(name)


def fnmatch(name, pat):
    """Test whether name matches pat, after normalising case as the OS does (POSIX: not at all)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pat_str = str(pat, 'ISO-8859-1')
        res_str = translate(pat_str)
        res = bytes(res_str, 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """The names of the iterable that match pat."""
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    for name in names:
        if match(_normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether name matches pat, case included."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """The regular expression text matching what the shell pattern pat matches."""
    STAR = object()
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if (not res) or res[-1] is not STAR:   # consecutive stars are one
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                add('\\[')
            else:
                add(_translate_set(pat, i, j))
                i = j + 1
        else:
            add(re.escape(c))
    assert i == n
    # Fixed pieces, then STAR fixed STAR fixed ...: each '*' before a fixed piece becomes an
    # atomic group, so no backtracking into it happens.
    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        add(inp[i])
        i += 1
    while i < n:
        assert inp[i] is STAR
        i += 1
        if i == n:
            add(".*")
            break
        assert inp[i] is not STAR
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            add(f"(?>.*?{fixed})")
    assert i == n
    res = "".join(res)
    return fr'(?s:{res})\Z'


def _translate_set(pat, i, j):
    # pat[i:j] is the inside of a [...] set (']' at j).
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Ranges running backwards (z-a) match nothing: drop them, as a regex would reject them.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    # Set operations a future regex syntax may give meaning to are escaped.
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'   # an empty range matches nothing
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]'
