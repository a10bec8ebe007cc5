"""Operators as functions, their in-place forms (iadd ... ixor), the dunder aliases (__add__ ...),
and itemgetter/attrgetter/methodcaller. CPython counterpart: Lib/operator.py."""

import builtins as _builtins

__all__ = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'neg', 'pos', 'abs', 'not_', 'truth',
           'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and_', 'or_', 'xor', 'invert', 'lshift', 'rshift', 'matmul',
           'contains', 'getitem', 'setitem', 'delitem', 'index', 'is_', 'is_not', 'concat', 'countOf',
           'indexOf', 'length_hint', 'itemgetter', 'attrgetter', 'methodcaller', 'call', 'inv',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'ior', 'ipow',
           'irshift', 'isub', 'itruediv', 'ixor']


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def neg(a): return -a
def pos(a): return +a
def abs(a): return _builtins.abs(a)
def not_(a): return not a
def truth(a): return True if a else False
def eq(a, b): return a == b
def ne(a, b): return a != b
def lt(a, b): return a < b
def le(a, b): return a <= b
def gt(a, b): return a > b
def ge(a, b): return a >= b
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def invert(a): return ~a
inv = invert
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
# range() converts through __index__ exactly as operator.index does (errors, the exact int).
def index(a): return range(a).stop


def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    return default if val is NotImplemented else val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place operators: each applies the augmented assignment and returns the result, which is
# the same object for mutable types (list += extends) and a new one for immutable ones.
def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imatmul(a, b):
    a @= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


class itemgetter:
    __slots__ = ('_items', '_call')

    def __init__(self, item, *items):
        self._items = (item,) + items
        if items:
            self._call = lambda obj: tuple(obj[i] for i in self._items)
        else:
            self._call = lambda obj: obj[item]

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class attrgetter:
    __slots__ = ('_attrs',)

    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = (attr,) + attrs

    @staticmethod
    def _resolve(obj, attr):
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._resolve(obj, self._attrs[0])
        return tuple(self._resolve(obj, a) for a in self._attrs)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)] + [repr(a) for a in self._args]
        args += ['%s=%r' % (k, v) for k, v in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(args)



# The dunder spellings CPython also exports (operator.__add__ is operator.add).
__lt__, __le__, __eq__, __ne__, __ge__, __gt__ = lt, le, eq, ne, ge, gt
__not__, __abs__, __add__, __and__, __floordiv__, __index__ = not_, abs, add, and_, floordiv, index
__inv__ = __invert__ = invert
__lshift__, __mod__, __mul__, __matmul__, __neg__, __or__ = lshift, mod, mul, matmul, neg, or_
__pos__, __pow__, __rshift__, __sub__, __truediv__, __xor__ = pos, pow, rshift, sub, truediv, xor
__concat__, __contains__, __delitem__, __getitem__, __setitem__ = concat, contains, delitem, getitem, setitem
__call__ = call
__iadd__, __iand__, __iconcat__, __ifloordiv__, __ilshift__ = iadd, iand, iconcat, ifloordiv, ilshift
__imatmul__, __imod__, __imul__, __ior__, __ipow__ = imatmul, imod, imul, ior, ipow
__irshift__, __isub__, __itruediv__, __ixor__ = irshift, isub, itruediv, ixor
