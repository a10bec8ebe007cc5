# Shallow and deep copies: copy() and deepcopy() for the built-in containers, objects defining
# __copy__/__deepcopy__, and everything else through copyreg.dispatch_table or __reduce_ex__(4),
# rebuilt from the reduction as pickle would. CPython counterpart: Lib/copy.py.
import types as _types
import weakref as _weakref
from copyreg import dispatch_table

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = frozenset([type(None), int, float, bool, complex, str, bytes, type, range, slice,
                     type(...), type(NotImplemented), _types.BuiltinFunctionType,
                     _types.FunctionType, _types.CodeType, property, _weakref.ref])
# A slice is its own shallow copy, but a deep copy copies its start, stop and step (3.11).
_deep_atomic = _atomic - {slice}


def _reduction(x, cls, depth):
    """What pickle would reduce x to: a (callable, args, ...) tuple, or a str for a global."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    by_protocol = getattr(x, '__reduce_ex__', None)
    if by_protocol is not None:
        return by_protocol(4)
    plain = getattr(x, '__reduce__', None)
    if plain is None:
        raise Error("un(%s)copyable object of type %s" % (depth, cls))
    return plain()


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    own_copy = getattr(cls, '__copy__', None)
    if own_copy is not None:
        return own_copy(x)
    reduced = _reduction(x, cls, 'shallow')
    # A string names a global object: it is its own copy.
    return x if isinstance(reduced, str) else _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = [deepcopy(item, memo) for item in x]
        # A tuple that (indirectly) contains itself was copied meanwhile: use that copy.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        own_deepcopy = getattr(x, '__deepcopy__', None)
        if own_deepcopy is not None:
            y = own_deepcopy(memo)
        else:
            reduced = _reduction(x, cls, 'deep')
            y = x if isinstance(reduced, str) else _reconstruct(x, memo, *reduced)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so their ids cannot be reused during this copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# A reduction's sixth item (the state setter) is pickle's business: copy takes at most five,
# so a longer tuple is a TypeError here, as in CPython.
def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        restore = getattr(y, '__setstate__', None)
        if restore is not None:
            restore(state)
        else:
            # (instance dict, slot values) or just the instance dict.
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
