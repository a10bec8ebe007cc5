"""Weak references: ref from the interpreter, plus WeakSet, WeakValueDictionary,
WeakKeyDictionary, WeakMethod, KeyedRef and finalize built on it.

The two weak dictionaries behave as CPython 3.11's: their keys(), values() and items() are lazy
iterators, and while one of them is running, entries whose referent dies are not taken out of
the underlying dict (that would break the iteration) but queued, and removed when the last
iteration ends or the next operation that needs an exact view runs."""

import sys
import itertools
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakproxy import proxy, ProxyType, CallableProxyType
from collections.abc import MutableMapping as _MutableMapping, Mapping as _Mapping

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakSet', 'WeakValueDictionary',
           'WeakKeyDictionary', 'finalize', 'WeakMethod']


def _remove_dead_weakref(mapping, key):
    # Drops mapping[key] only while it still holds a dead reference (a new value stored under
    # the same key since must survive). _weakref._remove_dead_weakref in CPython.
    current = mapping.get(key)
    if current is not None and current() is None:
        mapping.pop(key, None)


class _IterationGuard:
    """Marks a weak container as being iterated for the lifetime of a with block. It holds the
    container weakly, so a forgotten iterator keeps nothing alive."""
    __slots__ = ('_container', '__weakref__')

    def __init__(self, container):
        self._container = ref(container)

    def __enter__(self):
        owner = self._container()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        owner = self._container()
        if owner is None:
            return
        active = owner._iterating
        active.discard(self)
        if not active:
            owner._commit_removals()


class WeakMethod(ref):
    """A weak reference to a bound method that stays alive as long as both the instance and
    the function do; calling it rebuilds the bound method."""
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % (type(meth),)) from None

        def on_death(_unused):
            # Whichever of the instance and the function dies first ends the method; the
            # user's callback then runs once. The method is reached weakly (no cycle).
            this = this_ref()
            if this is not None and this._alive:
                this._alive = False
                if callback is not None:
                    callback(this)

        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        this_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        instance, function = ref.__call__(self), self._func_ref()
        if function is None or instance is None:
            return None
        return self._meth_type(function, instance)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return self._func_ref == other._func_ref and ref.__eq__(self, other)
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return self._func_ref != other._func_ref or ref.__ne__(self, other)
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries the dictionary key it is stored under, so one shared
    callback can tell which entry died (WeakValueDictionary's values)."""
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        ref.__init__(self, ob, callback)


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
    """A mapping whose values are held weakly: an entry goes away once nothing else keeps its
    value alive."""

    def __init__(self, other=(), /, **kw):
        owner_ref = ref(self)

        def value_died(wr):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                _remove_dead_weakref(owner.data, wr.key)

        self._remove = value_died
        self._pending_removals = []   # keys whose value died while an iteration ran
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        queued, entries = self._pending_removals, self.data
        while queued:
            _remove_dead_weakref(entries, queued.pop())

    def _sync(self):
        if self._pending_removals:
            self._commit_removals()

    def _keyed(self, key, value):
        return KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        self._sync()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._sync()
        self.data[key] = self._keyed(key, value)

    def __delitem__(self, key):
        self._sync()
        del self.data[key]

    def __len__(self):
        self._sync()
        return len(self.data)

    def __contains__(self, key):
        self._sync()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        self._sync()
        wr = self.data.get(key)
        if wr is None:
            return default
        value = wr()
        return default if value is None else value

    def _live_entries(self):
        with _IterationGuard(self):
            for key, vref in self.data.items():
                value = vref()
                if value is not None:
                    yield key, value

    def copy(self):
        self._sync()
        result = WeakValueDictionary()
        for key, value in self._live_entries():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._sync()
        result = type(self)()
        for key, value in self._live_entries():
            result[deepcopy(key, memo)] = value
        return result

    def items(self):
        self._sync()
        with _IterationGuard(self):
            for key, vref in self.data.items():
                value = vref()
                if value is not None:
                    yield key, value

    def keys(self):
        self._sync()
        with _IterationGuard(self):
            for key, vref in self.data.items():
                if vref() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        self._sync()
        with _IterationGuard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def itervaluerefs(self):
        """An iterator over the weak references to the values (each may be dead by the time it
        is called)."""
        self._sync()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values (each may be dead by the time it is
        called)."""
        self._sync()
        return [vref for vref in self.data.values()]

    def popitem(self):
        self._sync()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        self._sync()
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        if value is not None:
            return value
        self._sync()
        self.data[key] = self._keyed(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        self._sync()
        entries = self.data
        if other is not None:
            if getattr(other, "items", None) is None:
                other = dict(other)
            for key, value in other.items():
                entries[key] = self._keyed(key, value)
        for key, value in kwargs.items():
            entries[key] = self._keyed(key, value)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = type(self)()
        result.update(other)
        result.update(self)
        return result


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away once nothing else keeps its key
    alive. Keys are found by equality, through weak references that hash and compare as their
    referents do."""

    def __init__(self, dict=None):
        self.data = {}
        owner_ref = ref(self)

        def key_died(wr):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr)
            else:
                owner.data.pop(wr, None)

        self._remove = key_died
        self._pending_removals = []   # dead key references not yet taken out of data
        self._iterating = set()
        # Set when an entry is removed explicitly: the queue may then name entries that are
        # gone already, which len() must not count twice.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        # A dead reference only ever equals itself, so queued entries never hide a live one;
        # they may have been removed explicitly in the meantime.
        queued, entries = self._pending_removals, self.data
        while queued:
            entries.pop(queued.pop(), None)

    def _weak_key(self, key):
        return ref(key, self._remove)

    def _scrub_removals(self):
        entries = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in entries]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._weak_key(key)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __len__(self):
        queued = self._pending_removals
        if queued and self._dirty_len:
            self._scrub_removals()
            queued = self._pending_removals
        return len(self.data) - len(queued)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _live_entries(self):
        with _IterationGuard(self):
            for kref, value in self.data.items():
                key = kref()
                if key is not None:
                    yield key, value

    def copy(self):
        result = WeakKeyDictionary()
        for key, value in self._live_entries():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        for key, value in self._live_entries():
            result[key] = deepcopy(value, memo)
        return result

    def items(self):
        with _IterationGuard(self):
            for kref, value in self.data.items():
                key = kref()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for kref, value in self.data.items():
                if kref() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (each may be dead by the time it is
        called)."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        entries, probe = self.data, ref(key)
        return entries.pop(probe, *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._weak_key(key), default)

    def update(self, dict=None, /, **kwargs):
        entries = self.data
        if dict is not None:
            if getattr(dict, "items", None) is None:
                dict = {}.__class__(dict)
            for obj, value in dict.items():
                entries[self._weak_key(obj)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = type(self)()
        result.update(other)
        result.update(self)
        return result


class finalize:
    """finalize(obj, func, *args, **kwargs): a callable that runs func(*args, **kwargs) once,
    when obj dies, when it is called, or at interpreter exit (while its atexit is true, newest
    first). The finalizer keeps no state of its own: its entry in the class's registry holds
    it, so a finalizer is never part of a reference cycle."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count(0)
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        entry = self._Info()
        entry.weakref = ref(obj, self)
        entry.func, entry.args, entry.kwargs = func, args, (kwargs or None)
        entry.atexit = True
        entry.index = next(self._index_iter)
        self._registry[self] = entry
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs func(*args, **kwargs) and returns its result the first time, while alive;
        afterwards returns None."""
        entry = self._registry.pop(self, None)
        if entry is None or self._shutdown:
            return None
        return entry.func(*entry.args, **(entry.kwargs or {}))

    def _live(self):
        # (entry, referent) while the finalizer is alive and its object too, else None.
        entry = self._registry.get(self)
        if entry is None:
            return None
        obj = entry.weakref()
        return None if obj is None else (entry, obj)

    def detach(self):
        """Kills the finalizer without calling it; returns (obj, func, args, kwargs) if it was
        alive, else None."""
        live = self._live()
        if live is not None and self._registry.pop(self, None) is not None:
            entry, obj = live
            return (obj, entry.func, entry.args, entry.kwargs or {})
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        live = self._live()
        if live is None:
            return None
        entry, obj = live
        return (obj, entry.func, entry.args, entry.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still alive then."""
        entry = self._registry.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = self._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        live = self._live()
        if live is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        obj = live[1]
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The live finalizers marked for exit, oldest first.
        chosen = sorted((entry.index, f) for f, entry in cls._registry.items() if entry.atexit)
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs at exit: the pending finalizers newest first, with the collector off; one made
        # by another finalizer meanwhile is picked up (it is the newest then).
        gc_was_on = False
        try:
            if cls._registry:
                import gc
                gc_was_on = gc.isenabled()
                if gc_was_on:
                    gc.disable()
                pending = None
                while True:
                    if finalize._dirty or pending is None:
                        finalize._dirty = False
                        pending = cls._select_for_exit()
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if gc_was_on:
                gc.enable()
