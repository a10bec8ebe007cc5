# Built-in functions, types and methods carry __text_signature__ (CPython's form, which
# inspect.signature reads) and a __doc__ string. The docstrings are pygen's own wording, so only
# their presence is compared; the signatures must be CPython's.
import builtins
import inspect
import math


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except ValueError:
        return 'ValueError'


functions = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'divmod',
             'eval', 'exec', 'format', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input',
             'isinstance', 'issubclass', 'aiter', 'len', 'locals', 'oct', 'ord', 'pow', 'print',
             'repr', 'round', 'setattr', 'sorted', 'sum', 'open', '__import__', 'anext', 'iter',
             'max', 'min', 'next', 'getattr', 'dir', 'vars', '__build_class__', 'breakpoint']
for name in functions:
    f = getattr(builtins, name)
    print(name, f.__text_signature__, sig(f), isinstance(f.__doc__, str) and len(f.__doc__) > 10)

for t in (bool, bytearray, bytes, classmethod, complex, dict, enumerate, filter, float, frozenset,
          int, list, map, memoryview, object, property, range, reversed, set, slice, staticmethod,
          str, super, tuple, type, zip):
    print(t.__name__, t.__text_signature__, isinstance(t.__doc__, str))

for t, names in ((str, ['join', 'split', 'replace', 'startswith', 'format', 'encode', 'maketrans']),
                 (list, ['append', 'insert', 'pop', 'sort', 'index', 'copy']),
                 (dict, ['get', 'pop', 'setdefault', 'update', 'fromkeys', 'items']),
                 (set, ['add', 'union', 'discard']), (tuple, ['index', 'count']),
                 (int, ['to_bytes', 'from_bytes', 'bit_length', '__round__']),
                 (float, ['hex', 'fromhex', 'is_integer', '__round__']),
                 (bytes, ['hex', 'decode', 'split', 'fromhex']),
                 (bytearray, ['append', 'extend', 'pop']), (object, ['__init__', '__format__'])):
    for name in names:
        unbound = getattr(t, name)
        bound = getattr(t(), name)
        print(t.__name__, name, unbound.__text_signature__, sig(unbound), sig(bound),
              isinstance(unbound.__doc__, str), bound.__doc__ == unbound.__doc__)

# Slot wrappers and method-wrappers.
for obj in (int.__add__, (1).__add__, int.__divmod__, (2.5).__rdivmod__, object.__init__, list.__len__, [].__len__, int.__pow__,
            list.__new__, dict.fromkeys, {}.fromkeys):
    print(obj.__text_signature__, sig(obj))


# A subclass's instance finds its base's entries; a class statement has no text signature.
class L(list):
    pass


print(sig(L().append), sig(L.append), L.__text_signature__, L().append.__doc__ == list.append.__doc__)
for name in ('sqrt', 'log', 'dist', 'isclose', 'prod', 'gcd', 'perm', 'hypot'):
    print(name, sig(getattr(math, name)))
p = inspect.signature(len).parameters['obj']
print(p.kind, inspect.signature(str.join).parameters['self'].kind)
print(inspect.signature(sorted).parameters['key'].default, inspect.signature(list.index))
