# Shallow and deep copies: copy() and deepcopy() for the built-in containers, objects with
# __dict__/__slots__, and classes defining __copy__/__deepcopy__ or __reduce_ex__.
# CPython counterpart: Lib/copy.py.
import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(...),
           type(NotImplemented), _types.BuiltinFunctionType, _types.FunctionType,
           _types.CodeType, property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def _reduce(x):
    reductor = getattr(type(x), "__reduce_ex__", None)
    rv = None
    if reductor is not None and reductor is not object.__reduce_ex__:
        rv = reductor(x, 4)
    else:
        reductor = getattr(type(x), "__reduce__", None)
        if reductor is not None and reductor is not object.__reduce__:
            rv = reductor(x)
    if rv is None:
        rv = _default_reduce(x)
    if isinstance(rv, str):
        raise Error("un(deep)copyable object of type %s" % type(x))
    return rv


def _default_reduce(x):
    # What object.__reduce_ex__(4) gives for a plain instance: rebuild with cls.__new__ and
    # restore the attribute state (the __dict__ plus any slot values).
    cls = type(x)
    state = getattr(x, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        if state:
            for k in slots:
                state.pop(k, None)
        state = (state, slots)
    args = ()
    if issubclass(cls, tuple):
        args = (tuple(x),)
    listitems = iter(list(x)) if issubclass(cls, list) else None
    dictitems = iter(list(dict.items(x))) if issubclass(cls, dict) else None
    if issubclass(cls, (set, frozenset)):
        args = (set(x) if issubclass(cls, set) else frozenset(x),)
        if issubclass(cls, set):
            args = ()
            listitems = None
            state = (state, None) if not isinstance(state, tuple) else state
            return (_new_set, (cls, list(x)), state if state != (None, None) else None, None, None)
    return (_new_object, (cls,) + args, state, listitems, dictitems)


def _new_object(cls, *args):
    if args and issubclass(cls, (tuple, frozenset)):
        return cls.__new__(cls, *args)
    return cls.__new__(cls)


def _new_set(cls, items):
    s = cls.__new__(cls)
    set.update(s, items)
    return s


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is _types.MethodType:
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
