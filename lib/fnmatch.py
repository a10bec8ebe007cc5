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
    # A bytes pattern is translated as Latin-1 text (one character per byte) and back.
    if isinstance(pat, bytes):
        return re.compile(translate(pat.decode('latin-1')).encode('latin-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the iterable that match pat."""
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(_normcase(name))]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case included."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()      # a run of '*' in the token list


def _set_close(pat, start):
    """Index of the ']' closing the set whose body starts at start, or -1: a leading '!' and
    a ']' right after it (or at the very start) belong to the body."""
    end = start
    if pat[end:end + 1] == '!':
        end += 1
    if pat[end:end + 1] == ']':
        end += 1
    end = pat.find(']', end)
    return end


def translate(pat):
    """The regular expression text matching what the shell pattern pat matches."""
    tokens = []
    index = 0
    while index < len(pat):
        char = pat[index]
        index += 1
        if char == '*':
            if not tokens or tokens[-1] is not _STAR:   # consecutive stars are one
                tokens.append(_STAR)
        elif char == '?':
            tokens.append('.')
        elif char == '[':
            close = _set_close(pat, index)
            if close < 0:
                tokens.append('\\[')
            else:
                tokens.append(_translate_set(pat, index, close))
                index = close + 1
        else:
            tokens.append(re.escape(char))
    # The fixed text between the stars. Each star but the last becomes an atomic group that
    # takes the shortest run up to the next fixed piece, so matching never backtracks into it.
    segments = [[]]
    for token in tokens:
        if token is _STAR:
            segments.append([])
        else:
            segments[-1].append(token)
    head, *tails = [''.join(segment) for segment in segments]
    parts = [head]
    for position, fixed in enumerate(tails, 1):
        parts.append('.*' + fixed if position == len(tails) else '(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(parts)


_SET_OPERATOR_ESCAPES = {ord(char): '\\' + char for char in '&~|'}


def _range_chunks(pat, start, end):
    # The body split at the hyphens that make ranges (not a first or last one).
    chunks = []
    probe = start + 2 if pat[start] == '!' else start + 1
    while True:
        hyphen = pat.find('-', probe, end)
        if hyphen < 0:
            break
        chunks.append(pat[start:hyphen])
        start = hyphen + 1
        probe = hyphen + 3
    last = pat[start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    # A range running backwards (z-a) matches nothing: merge it away, as a regex would
    # reject it.
    for at in range(len(chunks) - 1, 0, -1):
        if chunks[at - 1][-1] > chunks[at][0]:
            chunks[at - 1] = chunks[at - 1][:-1] + chunks[at][1:]
            del chunks[at]
    return chunks


def _translate_set(pat, start, end):
    # pat[start:end] is the inside of a [...] set (']' at end).
    body = pat[start:end]
    if '-' in body:
        chunks = _range_chunks(pat, start, end)
        body = '-'.join(part.replace('\\', '\\\\').replace('-', '\\-') for part in chunks)
    else:
        body = body.replace('\\', '\\\\')
    # Set operations a future regex syntax may give meaning to are escaped.
    body = body.translate(_SET_OPERATOR_ESCAPES)
    if not body:
        return '(?!)'   # an empty range matches nothing
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^%s]' % body[1:]
    if body[0] in '^[':
        return '[\\%s]' % body
    return '[%s]' % body
