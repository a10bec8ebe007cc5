"""reduce, partial, cmp_to_key and the lru_cache wrapper in plain Python, used only when
_functools (C++) cannot be imported.

CPython's functools keeps such Python versions beside its C ones, and its tests load functools
with _functools blocked to check that both behave the same. Programs always get the C++ versions.
"""

from reprlib import recursive_repr as _recursive_repr

# Taken now: a program may replace builtins.len with a cached function (test_functools does),
# and the cache must not call itself.
_len = len


# ---- reduce ----

_missing = object()


def reduce(function, sequence, initial=_missing):
    """reduce(function, iterable[, initial]) -> value: fold the items from the left."""
    items = iter(sequence)
    if initial is _missing:
        try:
            value = next(items)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for item in items:
        value = function(value, item)
    return value


# ---- partial ----

class partial:
    """partial(func, *args, **keywords): func with some arguments given in advance."""

    __slots__ = 'func', 'args', 'keywords', '__dict__', '__weakref__'

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and hasattr(func, 'func'):
            # A partial of a partial holds the inner function and both sets of arguments.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    @_recursive_repr()
    def __repr__(self):
        cls = type(self)
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        name = cls.__qualname__
        if cls.__module__ == 'functools':
            name = 'functools.' + name
        return '%s(%s)' % (name, ', '.join(shown))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        # Exact types, whatever subclasses the state carried.
        args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self.__dict__ = {} if namespace is None else namespace
        self.func = func
        self.args = args
        self.keywords = keywords

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


# ---- cmp_to_key ----

def cmp_to_key(mycmp):
    """A key class for sorted() and friends whose comparisons ask mycmp(a, b)."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- the lru_cache wrapper ----

class _HashedKey(list):
    """A call's key: hashed once, however many times the cache dict asks."""
    __slots__ = ('hashvalue',)

    def __init__(self, parts):
        self[:] = parts
        self.hashvalue = hash(parts)

    def __hash__(self):
        return self.hashvalue


_KEYWORDS_FOLLOW = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KEYWORDS_FOLLOW,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif _len(key) == 1 and type(key[0]) in (int, str):
        # One int or str argument is its own key: such keys hash fast and cannot be confused.
        return key[0]
    return _HashedKey(key)


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    # The dict keeps its keys in insertion order, so re-inserting a key on a hit makes it the
    # most recent one and the first key is always the least recently used.
    cache = {}
    stats = [0, 0]          # hits, misses
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call itself cached this key (recursion): keep the entry it made.
                return result
            if _len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """The cache's statistics: hits, misses, maxsize, currsize."""
        return _CacheInfo(stats[0], stats[1], maxsize, _len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper
