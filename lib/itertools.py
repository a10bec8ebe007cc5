"""Functional tools for creating and using iterators.

All of itertools is C++ (src/modules/itertools), as CPython's is C; this module re-exports it
under the name programs import."""

from _itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
                        groupby, _grouper, islice, starmap, takewhile, tee, _tee, _tee_dataobject,
                        zip_longest, product, permutations, combinations,
                        combinations_with_replacement, pairwise)

# The module is _itertools here (CPython's is itertools itself); tee is its one function.
tee.__module__ = 'itertools'
