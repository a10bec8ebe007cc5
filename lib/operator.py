"""Operators as functions, their in-place forms (iadd ... ixor), the dunder aliases (__add__ ...),
and itemgetter/attrgetter/methodcaller. The functions and types are C++ in _operator
(src/modules/operator); this module re-exports them, as CPython's does. CPython counterpart:
Lib/operator.py."""

# The public names, grouped by kind (CPython lists the same names alphabetically).
__all__ = [
    'add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
    'iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor',
    'neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index',
    'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not',
    'concat', 'iconcat', 'contains', 'countOf', 'indexOf', 'getitem', 'setitem', 'delitem', 'length_hint',
    'attrgetter', 'itemgetter', 'methodcaller', 'call',
]

try:
    from _operator import *
except ImportError:
    # Only when _operator is blocked (CPython's tests load operator so to test its Python
    # version): the same functions in plain Python, presented as this module's own.
    from _operator_py import *
    for _name in __all__:
        globals()[_name].__module__ = __name__
    del _name


# The dunder spellings CPython also exports (operator.__add__ is operator.add).
__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__not__, __abs__, __add__, __and__, __floordiv__, __index__ = not_, abs, add, and_, floordiv, index
__inv__ = inv
__invert__ = invert
__lshift__, __mod__, __mul__, __matmul__, __neg__, __or__ = lshift, mod, mul, matmul, neg, or_
__pos__, __pow__, __rshift__, __sub__, __truediv__, __xor__ = pos, pow, rshift, sub, truediv, xor
__concat__, __contains__, __delitem__, __getitem__, __setitem__ = concat, contains, delitem, getitem, setitem
__call__ = call
__iadd__, __iand__, __iconcat__, __ifloordiv__, __ilshift__ = iadd, iand, iconcat, ifloordiv, ilshift
__imatmul__, __imod__, __imul__, __ior__, __ipow__ = imatmul, imod, imul, ior, ipow
__irshift__, __isub__, __itruediv__, __ixor__ = irshift, isub, itruediv, ixor
