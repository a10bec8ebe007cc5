# Higher-order function tools: partial, reduce, wraps/update_wrapper, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key, singledispatch (basic).
# CPython counterpart: Lib/functools.py (with _functools' partial/reduce/cmp_to_key).

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
           'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
           'singledispatch', 'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge the updated dicts."""
    missing = object()
    for name in assigned:
        # An attribute wrapped lacks is simply not copied.
        found = getattr(wrapped, name, missing)
        if found is not missing:
            setattr(wrapper, name, found)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ in wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# reduce, partial, cmp_to_key and the lru_cache wrapper are C++ (src/modules/functools), as
# CPython's are C.
try:
    from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
except ImportError:
    # Only when _functools is blocked (CPython's tests load functools so to test its Python
    # version): the same four in plain Python, presented as this module's own.
    from _functools_py import reduce, partial, cmp_to_key, _lru_cache_wrapper
    for _obj in (reduce, partial, cmp_to_key, _lru_cache_wrapper):
        _obj.__module__ = __name__
    del _obj
# singledispatch's dispatch cache is invalidated by ABC registrations; CPython's functools
# re-exports the token.
from abc import get_cache_token
# types' classes, without importing types.
GenericAlias = type(list[int])
_UnionType = type(int | str)
_MappingProxyType = type(type.__dict__)


# ---- partial ----

class partialmethod:
    """A partial for methods: binds self first, then the stored arguments."""

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod holding both sets of arguments (the new keywords win).
            merged = dict(func.keywords)
            merged.update(keywords)
            func, args, keywords = func.func, func.args + args, merged
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            # A descriptor that made something new (a bound method, a classmethod bound to the
            # class): the stored arguments follow what it binds.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # Otherwise it acts as a plain function taking the instance (or class) first.
        return self._unbound().__get__(obj, cls)

    def _unbound(self):
        func, args, keywords = self.func, self.args, self.keywords

        def _method(cls_or_self, /, *a, **k):
            return func(cls_or_self, *args, *a, **{**keywords, **k})
        abstract = self.__isabstractmethod__
        _method.__isabstractmethod__ = abstract
        _method._partialmethod = self   # inspect.signature reads the stored arguments there
        return _method

    @property
    def __isabstractmethod__(self):
        func = self.func
        return getattr(func, '__isabstractmethod__', False)

    def __repr__(self):
        # CPython's format: the function by str(), and a ", " around each part even when the
        # arguments or the keywords are empty.
        return "{}.{}({}, {}, {})".format(
            type(self).__module__, type(self).__qualname__, self.func,
            ", ".join(map(repr, self.args)),
            ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items()))


# ---- cmp_to_key and total_ordering ----

# Each derived comparison calls the root one the class defines, passes NotImplemented
# through, optionally negates the result, then optionally widens it with == or narrows it
# with != ("a <= b" is "a < b or a == b"). (derived, negate, tail) per root, in the order
# CPython fills them in:
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'and_ne'), ('__le__', False, 'or_eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'or_eq'), ('__lt__', False, 'and_ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'and_ne'), ('__ge__', False, 'or_eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'or_eq'), ('__gt__', False, 'and_ne'), ('__lt__', True, None)),
}


def _derive_comparison(root, name, negate, tail):
    def comparison(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if tail == 'or_eq':
            return result or self == other
        if tail == 'and_ne':
            return result and self != other
        return result
    comparison.__name__ = name
    comparison.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    return comparison


_convert = {root: [(name, _derive_comparison(root, name, negate, tail))
                   for name, negate, tail in rules]
            for root, rules in _DERIVATIONS.items()}

# Each derived comparison is also a module global under its __qualname__ (_gt_from_lt ...), so
# that pickle finds the methods total_ordering installs by name, as with CPython's.
for _rules in _convert.values():
    for _name, _method in _rules:
        globals()[_method.__qualname__] = _method
del _rules, _name, _method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one that is defined."""
    # The ordering methods the class (or a base other than object) really defines.
    defined = {name for name in _convert
               if getattr(cls, name, None) is not getattr(object, name, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The root is the greatest name: __lt__ before __le__ before __gt__ before __ge__.
    for name, method in _convert[max(defined)]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


# ---- lru_cache ----

class _CacheInfo(tuple):
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})".format(*self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'
def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache with no parentheses: maxsize is the function.
        return _make_lru_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _make_lru_wrapper(user_function, maxsize, typed):
    cached = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    cached.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    update_wrapper(cached, user_function)
    return cached


def cache(user_function, /):
    """Simple unbounded cache, lru_cache(maxsize=None)."""
    return _make_lru_wrapper(user_function, None, False)


# ---- cached_property ----

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self, func):
        from _thread import RLock
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "({!r} and {!r}).".format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on {!r} instance to cache {!r} property."
                   .format(type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        # Later reads find the value in the instance's __dict__ (this class has no __set__, so
        # the instance attribute wins) or here.
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        with self.lock:
            value = cache.get(self.attrname, _NOT_FOUND)
            if value is _NOT_FOUND:
                value = self.func(instance)
                try:
                    cache[self.attrname] = value
                except TypeError:
                    raise TypeError("The '__dict__' attribute on {!r} instance does not support "
                                    "item assignment for caching {!r} property.".format(
                                        type(instance).__name__, self.attrname)) from None
        return value


# ---- singledispatch ----
#
# The implementation for a class is the registered type that comes first in the class's MRO
# once the registered ABCs it (virtually) subclasses are woven into that MRO at the places C3
# linearisation gives them; two unrelated ABCs that match equally are an ambiguity.

def _c3_merge(sequences):
    """C3's merge: repeatedly take the first head that is in no other sequence's tail."""
    sequences = [list(seq) for seq in sequences]
    merged = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return merged
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """cls's MRO by C3, with the ABCs of `abcs` that cls subclasses inserted as if they were
    bases. They go after the last explicit base that is itself an ABC (a class with
    __abstractmethods__), before the plain bases that follow it."""
    bases = cls.__bases__
    split = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            split = i
            break
    abcs = [] if not abcs else list(abcs)
    leading, trailing = list(bases[:split]), list(bases[split:])
    implied = [abc for abc in abcs
               if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in implied:
        abcs.remove(abc)
    groups = leading + implied + trailing
    return _c3_merge([[cls]] + [_c3_mro(base, abcs=abcs) for base in groups]
                     + [leading, implied, trailing])


def _compose_mro(cls, types):
    """cls's MRO extended with those of `types` (registered classes) that cls subclasses
    virtually or through an ABC, ordered by C3."""
    own = set(cls.__mro__)
    related = [t for t in types
               if t not in own and hasattr(t, '__mro__') and not isinstance(t, GenericAlias)
               and issubclass(cls, t)]
    # A type that is a strict base of another candidate comes in through that one.
    related = [t for t in related
               if not any(t is not other and t in other.__mro__ for other in related)]
    wanted = set(related)
    abcs = []
    for t in related:
        # Subclasses of t that cls also implements pin down the order among the ABCs: the ones
        # with the most candidate bases first.
        chains = [[s for s in sub.__mro__ if s in wanted]
                  for sub in t.__subclasses__() if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in abcs:
                    abcs.append(s)
    return _c3_mro(cls, abcs=abcs)


def _find_impl(cls, registry):
    """The registered implementation for cls (None if even object is missing)."""
    match = None
    for t in _compose_mro(cls, registry.keys()):
        if match is None:
            if t in registry:
                match = t
            continue
        # An implicit ABC matched first; another unrelated implicit one right after it
        # matches as well: there is no way to choose.
        implicit = match not in cls.__mro__ and t not in cls.__mro__
        if implicit and t in registry and not issubclass(match, t):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
        break
    return registry.get(match)


def _is_union_type(cls):
    from typing import get_origin, Union
    return get_origin(cls) in (Union, _UnionType)


def _dispatchable(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Single-dispatch generic function decorator (dispatches on the first argument's type)."""
    import weakref
    registry = {}
    found = weakref.WeakKeyDictionary()
    # Set once an ABC is registered: ABC registrations made later must empty the cache.
    abc_token = None

    def dispatch(cls):
        """The implementation registered for cls, or the one its MRO leads to."""
        nonlocal abc_token
        if abc_token is not None:
            token = get_cache_token()
            if token != abc_token:
                found.clear()
                abc_token = token
        try:
            return found[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        found[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) or @register(cls) or @register on an annotated function."""
        nonlocal abc_token
        if _dispatchable(cls):
            if func is None:
                return lambda impl: register(cls, impl)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "{!r} is not a class or union type.".format(cls))
            if not getattr(cls, '__annotations__', {}):
                raise TypeError("Invalid first argument to `register()`: {!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated "
                                "function.".format(cls))
            func = cls
            from typing import get_type_hints
            param, cls = next(iter(get_type_hints(func).items()))
            if not _dispatchable(cls):
                if _is_union_type(cls):
                    raise TypeError("Invalid annotation for {!r}. {!r} not all arguments are "
                                    "classes.".format(param, cls))
                raise TypeError("Invalid annotation for {!r}. {!r} is not a class.".format(
                    param, cls))
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            abc_token = get_cache_token()
        found.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'.format(label))
        return dispatch(args[0].__class__)(*args, **kwargs)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxyType(registry)
    wrapper._clear_cache = found.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self (or cls)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        self.func, self.dispatcher = func, singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            # Dispatch on the first real argument, then bind the implementation like a method.
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__, _method.register = self.__isabstractmethod__, self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        func = self.func
        return getattr(func, '__isabstractmethod__', False)


def __getattr__(name):
    # functools.RLock, the lock class of cached_property, is imported on first use: _thread
    # brings os and time with it, which most programs importing functools never need.
    if name == 'RLock':
        from _thread import RLock
        return RLock
    raise AttributeError("module 'functools' has no attribute {!r}".format(name))
