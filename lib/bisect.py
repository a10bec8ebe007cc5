# Binary search on sorted sequences: bisect_left/bisect_right/insort_left/insort_right, with the
# key= argument of 3.10+, are C++ in _bisect (src/modules/bisect); this module adds the aliases.
# CPython counterpart: Lib/bisect.py.

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
