# unittest.util: small helpers behind the assert* failure messages: reprs that never raise,
# reprs shortened with "[N chars]" so two long values still show where they differ, and the
# element counting of assertCountEqual. Messages match CPython 3.11's; case.py and CPython's
# tests use the underscored names (_count_diff_*, _common_shorten_repr), so they stay.

from collections import namedtuple, Counter

__unittest = True

_MAX_LENGTH = 80          # a repr longer than this is shortened
_PLACEHOLDER_LEN = 12     # shortening must save more than a "[NN chars]" costs
_MIN_BEGIN_LEN = 5        # kept at the start of a shared prefix
_MIN_END_LEN = 5          # kept at the end of a differing tail
_MIN_COMMON_LEN = 5       # kept at the end of a shared prefix, next to the difference
# What a differing tail keeps when both the prefix and the tail get a "[N chars]" marker.
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + 2 * _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _MIN_END_LEN)


def _shorten(text, head, tail):
    """text with its middle replaced by '[N chars]', keeping head and tail characters.

    Left alone when the middle would be no longer than the marker itself."""
    dropped = len(text) - head - tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return text[:head] + '[%d chars]' % dropped + text[len(text) - tail:]


def _shared_start(texts):
    # The common prefix of all texts: that of the smallest and largest is enough.
    if not texts:
        return ''
    low, high = min(texts), max(texts)
    size = 0
    for a, b in zip(low, high):
        if a != b:
            break
        size += 1
    return low[:size]


def _common_shorten_repr(*args):
    """The reprs of args, each shortened so the place where they differ stays visible."""
    reprs = [safe_repr(arg) for arg in args]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    shared = _shared_start(reprs)
    cut = len(shared)
    # Room left for the shared prefix once the longest differing tail is shown whole.
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        lead = _shorten(shared, _MIN_BEGIN_LEN, room)
        return tuple(lead + r[cut:] for r in reprs)
    # Not enough room: shorten the shared prefix and each differing tail as well.
    lead = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(lead + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), or object's default repr if that raises; short=True truncates at 80."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


def _past_run(seq, pos, size, value):
    # The first index at or after pos whose item is not equal to value.
    while pos < size and seq[pos] == value:
        pos += 1
    return pos


def sorted_list_difference(expected, actual):
    """(missing, unexpected) for two sorted lists.

    A value is reported once per run of equal items; what is left over when one list is
    exhausted is reported item by item."""
    missing, unexpected = [], []
    i = j = 0
    n_expected, n_actual = len(expected), len(actual)
    while i < n_expected and j < n_actual:
        want, got = expected[i], actual[j]
        if want < got:
            missing.append(want)
            i = _past_run(expected, i + 1, n_expected, want)
        elif want > got:
            unexpected.append(got)
            j = _past_run(actual, j + 1, n_actual, got)
        else:
            i = _past_run(expected, i + 1, n_expected, want)
            j = _past_run(actual, j + 1, n_actual, got)
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(missing, unexpected) for items that can only be compared with ==.

    Consumes both lists: expected is emptied and what is left of actual is returned."""
    missing = []
    while expected:
        candidate = expected.pop()
        try:
            actual.remove(candidate)
        except ValueError:
            missing.append(candidate)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y (Python 2's cmp)."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _claim_equal(items, start, value, spent):
    """Count the items from start on that equal value, replacing each with spent."""
    found = 0
    for k in range(start, len(items)):
        # Spent slots are compared too: an object equal to everything counts them.
        if items[k] == value:
            items[k] = spent
            found += 1
    return found


def _count_diff_all_purpose(actual, expected):
    """Mismatches in how often each value occurs, using == only (items may be unhashable)."""
    first, second = list(actual), list(expected)
    spent = object()
    mismatches = []
    for pos, value in enumerate(first):
        if value is spent:
            continue
        in_first = _claim_equal(first, pos, value, spent)
        in_second = _claim_equal(second, 0, value, spent)
        if in_first != in_second:
            mismatches.append(_Mismatch(in_first, in_second, value))
    for pos, value in enumerate(second):
        if value is not spent:
            mismatches.append(_Mismatch(0, _claim_equal(second, pos, value, spent), value))
    return mismatches


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable items (counted with Counter)."""
    ours, theirs = Counter(actual), Counter(expected)
    mismatches = [_Mismatch(n, theirs[v], v) for v, n in ours.items() if n != theirs[v]]
    mismatches += [_Mismatch(0, n, v) for v, n in theirs.items() if v not in ours]
    return mismatches
