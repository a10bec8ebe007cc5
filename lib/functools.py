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
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
# singledispatch's dispatch cache is invalidated by ABC registrations; CPython's functools
# re-exports the token.
from abc import get_cache_token


# ---- partial ----

class partialmethod:
    """A partial for methods: binds self first, then the stored arguments."""

    def __class_getitem__(cls, item):
        from types import GenericAlias
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
        _method._partialmethod = self   # inspect.signature reads the stored arguments there
        return _method


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

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

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
        # Computed once; later reads find the value in the instance's __dict__ (this class
        # has no __set__, so the instance attribute wins) or here.
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value


# ---- singledispatch ----

def _find_impl(cls, registry):
    # The nearest real base with an implementation; then the registered ABCs cls is a
    # (possibly virtual) subclass of, which CPython weaves into the MRO ahead of object, the
    # most derived of them first; the default (object's) last.
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    chosen = None
    for kind in registry:
        if kind is object or not isinstance(kind, type) or not issubclass(cls, kind):
            continue
        if chosen is None or (issubclass(kind, chosen) and kind is not chosen):
            chosen = kind
    return registry[object if chosen is None else chosen]


class _Dispatcher:
    """singledispatch's state: the registry and a per-class cache of the lookups."""

    def __init__(self, default):
        self.registry = {object: default}
        self.cache = {}

    def dispatch(self, cls):
        impl = self.cache.get(cls)
        if impl is None:
            impl = self.cache[cls] = _find_impl(cls, self.registry)
        return impl

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: self.register(cls, f)
            # @register on a function: the class is its first parameter's annotation.
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError("Invalid first argument to `register()`: {!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated "
                                "function.".format(cls))
            func = cls
            (param, cls), = list(annotations.items())[:1]
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for {!r}. {!r} is not a class.".format(
                    param, cls))
        self.registry[cls] = func
        self.cache.clear()
        return func


def singledispatch(func):
    """Single-dispatch generic function decorator (dispatches on the first argument's type)."""
    state = _Dispatcher(func)
    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'.format(label))
        return state.dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = state.register
    wrapper.dispatch = state.dispatch
    wrapper.registry = state.registry
    wrapper._clear_cache = state.cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            # Dispatch on the first real argument, then bind the implementation like a method.
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
