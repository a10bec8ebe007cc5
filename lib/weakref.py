"""Weak references: ref from the interpreter, plus WeakSet, WeakValueDictionary,
WeakKeyDictionary and finalize built on it."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakproxy import proxy, ProxyType, CallableProxyType
from collections.abc import MutableMapping as _MutableMapping

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakSet', 'WeakValueDictionary',
           'WeakKeyDictionary', 'finalize', 'WeakMethod']


class WeakMethod(ref):
    def __new__(cls, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


class WeakSet:
    __module__ = '_weakrefset'   # where CPython defines it

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
    def __init__(self, data=None):
        self._refs = {}
        if data is not None:
            for item in data:
                self.add(item)

    def _remover(self, key):
        def remove(_r, refs=self._refs, key=key):
            refs.pop(key, None)
        return remove

    def add(self, item):
        key = id(item)
        if key not in self._refs:
            self._refs[key] = ref(item, self._remover(key))

    def discard(self, item):
        self._refs.pop(id(item), None)

    def remove(self, item):
        if id(item) not in self._refs:
            raise KeyError(item)
        del self._refs[id(item)]

    def pop(self):
        while self._refs:
            _, r = self._refs.popitem()
            obj = r()
            if obj is not None:
                return obj
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self._refs.clear()

    def __contains__(self, item):
        r = self._refs.get(id(item))
        return r is not None and r() is item

    def __iter__(self):
        for r in list(self._refs.values()):
            obj = r()
            if obj is not None:
                yield obj

    def __len__(self):
        return sum(1 for r in list(self._refs.values()) if r() is not None)

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __repr__(self):
        return '{%s}' % ', '.join(repr(x) for x in self)


class WeakValueDictionary(_MutableMapping):

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _make_ref(self, key, value):
        data = self.data

        def remove(wr, key=key):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __setitem__(self, key, value):
        self.data[key] = self._make_ref(key, value)

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        obj = r()
        return default if obj is None else obj

    def pop(self, key, *default):
        try:
            obj = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def keys(self):
        return [k for k, r in list(self.data.items()) if r() is not None]

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        return [(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None]

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakKeyDictionary(_MutableMapping):

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _key(self, key):
        data = self.data
        ident = id(key)

        def remove(_r, ident=ident):
            data.pop(ident, None)
        return ident, ref(key, remove)

    def __setitem__(self, key, value):
        ident, r = self._key(key)
        self.data[ident] = (r, value)

    def __getitem__(self, key):
        entry = self.data.get(id(key))
        if entry is None or entry[0]() is not key:
            raise KeyError(key)
        return entry[1]

    def __delitem__(self, key):
        if id(key) not in self.data:
            raise KeyError(key)
        del self.data[id(key)]

    def __contains__(self, key):
        entry = self.data.get(id(key))
        return entry is not None and entry[0]() is key

    def get(self, key, default=None):
        return self[key] if key in self else default

    def update(self, other):
        items = other.items() if hasattr(other, 'items') else other
        for k, v in items:
            self[k] = v

    def keys(self):
        return [o for o in (r() for r, _ in list(self.data.values())) if o is not None]

    def items(self):
        return [(o, v) for o, v in ((r(), v) for r, v in list(self.data.values())) if o is not None]

    def values(self):
        return [v for _, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def clear(self):
        self.data.clear()

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self.data[id(key)]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def keyrefs(self):
        return [r for r, _ in list(self.data.values())]

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class finalize:
    _registry = {}
    _registered_with_atexit = False
    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._alive = True
        self._ref = ref(obj, self._fire)
        # Finalizers still alive at interpreter exit are called then (those with atexit set),
        # newest first, as CPython does.
        self.atexit = True
        finalize._index += 1
        self._order = finalize._index
        finalize._registry[id(self)] = self
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True

    @classmethod
    def _exitfunc(cls):
        pending = sorted((f for f in list(cls._registry.values()) if f.atexit),
                         key=lambda f: f._order, reverse=True)
        for f in pending:
            try:
                f()
            except Exception:
                import sys
                sys.excepthook(*sys.exc_info())

    def _fire(self, _r=None):
        return self()

    def __call__(self, _=None):
        # getattr: at exit the object may already be torn down when its referent's callback runs.
        if getattr(self, '_alive', False):
            self._alive = False
            finalize._registry.pop(id(self), None)
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        if self._alive:
            self._alive = False
            finalize._registry.pop(id(self), None)
            obj = self._ref()
            return None if obj is None else (obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._alive
