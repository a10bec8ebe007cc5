"""weakref.proxy, written in Python over weakref.ref: ProxyType and CallableProxyType.

A proxy forwards every attribute access and operation to its referent while the referent
lives, and raises ReferenceError once it is gone. It is not hashable. Each proxy keeps its
weak reference in a slot read with object.__getattribute__, so no attribute of the referent is
hidden by the proxy's own state."""

from _weakref import ref as _ref

_DEAD = 'weakly-referenced object no longer exists'


def _target(proxy):
    obj = object.__getattribute__(proxy, '_proxy_ref')()
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


class ProxyType:
    __slots__ = ('_proxy_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is None:
            wr = _ref(obj)
        else:
            this = _ref(self)

            def on_dead(_wr, callback=callback, this=this):
                proxy = this()
                if proxy is not None:
                    callback(proxy)
            wr = _ref(obj, on_dead)
        object.__setattr__(self, '_proxy_ref', wr)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_ref')()
        if obj is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        obj = _target(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%.200s' object"
                            % type(obj).__name__)
        return next(obj)

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)


def _unwrap(value):
    return _target(value) if isinstance(value, ProxyType) else value


def _binary(name, op):
    def forward(self, other):
        return op(_target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _target(self))
    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    return forward, reflected


def _install():
    import operator
    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
                 'rshift', 'and', 'or', 'xor'):
        op = getattr(operator, name if name not in ('and', 'or') else name + '_')
        forward, reflected = _binary(name, op)
        setattr(ProxyType, forward.__name__, forward)
        setattr(ProxyType, reflected.__name__, reflected)
        inplace = getattr(operator, 'i' + name if name not in ('and', 'or') else 'i' + name + '_',
                          None)
        if inplace is None:
            continue

        def in_place(self, other, inplace=inplace):
            # The referent is updated in place when it can be; the proxy stays the result.
            result = inplace(_target(self), _unwrap(other))
            if result is not _target(self):
                return result
            return self
        setattr(ProxyType, '__i%s__' % name, in_place)
    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        op = getattr(operator, name)

        def compare(self, other, op=op):
            return op(_target(self), _unwrap(other))
        setattr(ProxyType, '__%s__' % name, compare)
    # Defining __eq__ after the class body leaves the class's own __hash__ (which raises) in place.


_install()


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyType.__qualname__ = ProxyType.__name__ = 'ProxyType'


def proxy(obj, callback=None):
    """A proxy to obj that uses a weak reference; callback(proxy) runs when obj is finalized."""
    cls = CallableProxyType if callable(obj) else ProxyType
    _ref(obj)  # TypeError for objects that cannot be weakly referenced, as CPython raises
    return cls(obj, callback)
