# Pickle support helpers: the reduction-function registry (dispatch_table), the extension-code
# registry, and the default object reduction that object.__reduce_ex__/__reduce__/__getstate__
# call into (_reduce_object, _object_getstate), for protocols 0-1 (_reconstructor) and 2+
# (__newobj__/__newobj_ex__). CPython counterparts: Lib/copyreg.py and typeobject.c's reduce_newobj.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError("reduction functions must be callable")
    # The constructor is only checked: nothing records it (as in CPython).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    parts = (c.real, c.imag)
    return complex, parts


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str)).
    import functools, operator
    return (functools.reduce, (operator.or_, obj.__args__))


_UnionType = type(int | str)
try:
    pickle(_UnionType, pickle_union)
except TypeError:
    pass


# ---- Protocols 0 and 1: rebuild through the nearest built-in base ----

def _is_heap_type(cls):
    # Py_TPFLAGS_HEAPTYPE: a class made by a class statement
    return bool(type.__dict__['__flags__'].__get__(cls) & (1 << 9))


def _type_name(cls):
    # CPython's messages print tp_name: "module.Name" for a built-in type outside builtins.
    if _is_heap_type(cls) or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__name__}"


def _reconstructor(cls, base, state):
    # The instance is made by the built-in base from its saved value (state), then the
    # pickle's dict restores the rest.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_SLOTS_WITHOUT_GETSTATE = ("a class that defines __slots__ without defining __getstate__ "
                           "cannot be pickled")


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _solid_base(cls)
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    # The built-in base's own value, e.g. the int of an int subclass.
    value = None if base is object else base(self)
    has_slots = bool(getattr(self, "__slots__", None))
    try:
        getstate = self.__getstate__
    except AttributeError:
        if has_slots:
            raise TypeError(_SLOTS_WITHOUT_GETSTATE) from None
        state = getattr(self, '__dict__', None)
    else:
        if has_slots and type(self).__getstate__ is object.__getstate__:
            raise TypeError(_SLOTS_WITHOUT_GETSTATE)
        state = getstate()
    reduced = (_reconstructor, (cls, base, value))
    return reduced + (state,) if state else reduced


# ---- Protocol 2 and later ----

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    # A private slot (__x, not __x__) is stored as _Owner__x.
    if name[:2] == "__" and name[-2:] != "__":
        prefix = owner.__name__.lstrip("_")
        if prefix:
            return "_%s%s" % (prefix, name)
    return name


def _slotnames(cls):
    """The slot names of cls and its bases (private names mangled), cached in __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(klass, name) for name in declared
                         if name not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


def _solid_base(cls):
    for base in cls.__mro__:
        if not _is_heap_type(base):
            return base
    return object


def _getstate_default(obj, required):
    cls = type(obj)
    if required and _solid_base(cls) not in (object,):
        raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
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


def _pairs_with(key, code):
    # Registered together, in both directions.
    return _extension_registry.get(key) == code and _inverted_registry.get(code) == key


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _pairs_with(key, code):
        return      # registering the same pair again is harmless
    held = _extension_registry.get(key)
    if held is not None or key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, held))
    owner = _inverted_registry.get(code)
    if owner is not None or code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, owner))
    _extension_registry[key], _inverted_registry[code] = code, key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if not _pairs_with(key, code):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
