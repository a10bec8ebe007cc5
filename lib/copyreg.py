# Pickle support helpers: the reduction-function registry (dispatch_table), the extension-code
# registry, and the default object reduction that object.__reduce_ex__/__reduce__/__getstate__
# call into (_reduce_object, _object_getstate), for protocols 0-1 (_reconstructor) and 2+
# (__newobj__/__newobj_ex__). CPython counterparts: Lib/copyreg.py and typeobject.c's reduce_newobj.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# ---- Protocols 0 and 1: rebuild through the nearest built-in base ----

def _is_heap_type(cls):
    # pygen's type.__flags__ bit 0 marks classes made by a class statement (CPython's HEAPTYPE).
    return bool(type.__dict__['__flags__'].__get__(cls) & 1)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# ---- Protocol 2 and later ----

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The slot names of cls and its bases (private names mangled), cached in __slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _solid_base(cls):
    for base in cls.__mro__:
        if not _is_heap_type(base):
            return base
    return object


def _getstate_default(obj, required):
    cls = type(obj)
    if required and _solid_base(cls) not in (object,):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _object_getstate(obj):
    return _getstate_default(obj, False)


def _getstate(obj, required):
    getstate = obj.__getstate__
    if getattr(getstate, "__func__", None) is None and type(obj).__getstate__ is object.__getstate__:
        return _getstate_default(obj, required)
    return getstate()


def _getnewargs(obj):
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        res = getnewargs_ex()
        if not isinstance(res, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(res).__name__)
        if len(res) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(res))
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            "not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            "not '%s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        func = __newobj__
        newargs = (cls,) + args
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_object(obj, proto):
    """object.__reduce_ex__(proto) once no class overrides __reduce__."""
    base = _solid_base(type(obj))
    if base is set or base is frozenset:
        # CPython's set.__reduce__ (pygen's C++ set type has none of its own).
        return type(obj), (list(obj),), _getstate_default(obj, False)
    if base is bytearray:
        return type(obj), (bytes(obj),), _getstate_default(obj, False)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


# ---- Extension codes (PEP 307): module/name pairs pickled as small integers ----

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
