# Binary search on sorted sequences: bisect_left/bisect_right/insort_left/insort_right, with the
# key= argument of 3.10+, are C++ in _bisect (src/modules/bisect); this module adds the aliases.
# Without _bisect (a program or test that blocks it) the Python versions below serve, with the
# same arguments and errors. CPython counterpart: Lib/bisect.py.


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The first index where x could be inserted in a[lo:hi] keeping it sorted (before equals)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The last index where x could be inserted in a[lo:hi] keeping it sorted (after equals)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into a, kept sorted, before any equal items."""
    # The index first: a non-sequence fails in the search (TypeError), not at a.insert.
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into a, kept sorted, after any equal items."""
    # The index first: a non-sequence fails in the search (TypeError), not at a.insert.
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


try:
    from _bisect import bisect_left, bisect_right, insort_left, insort_right
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
