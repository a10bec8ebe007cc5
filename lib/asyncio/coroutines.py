# iscoroutine / iscoroutinefunction without the inspect, types and collections.abc modules:
# native coroutines are recognised by type and code flags, other coroutines by the methods
# the Coroutine ABC requires. CPython counterpart: asyncio/coroutines.py.

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker CPython sets on functions wrapped by the removed @asyncio.coroutine.
_is_coroutine = object()


async def _probe():
    pass


_probe_coro = _probe()
CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro, _probe


class _HasMethod:
    def method(self):
        pass


_MethodType = type(_HasMethod().method)
del _HasMethod


def _unwrap_function(func):
    # only real bound methods and partials: an object that makes up any attribute asked for
    # (a mock, unittest.mock.call) would otherwise be unwrapped forever
    while True:
        if isinstance(func, _MethodType):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """True for `async def` functions (and methods or partials of them)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = _unwrap_function(func)
    code = getattr(func, '__code__', None)
    if code is None or type(func).__name__ != 'function':
        return False
    return bool(code.co_flags & _CO_COROUTINE)


def _has_methods(cls, names):
    return all(getattr(cls, name, None) is not None for name in names)


_iscoroutine_typecache = {CoroutineType}


def iscoroutine(obj):
    """True for coroutine objects: native ones and any object shaped like a Coroutine."""
    cls = type(obj)
    if cls in _iscoroutine_typecache:
        return True
    if _has_methods(cls, ('send', 'throw', 'close', '__await__')):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(cls)
        return True
    return False


def isawaitable(obj):
    """inspect.isawaitable: coroutines, generator-based coroutines, objects with __await__."""
    if isinstance(obj, CoroutineType):
        return True
    code = getattr(obj, 'gi_code', None)
    if code is not None and type(obj).__name__ == 'generator':
        return bool(code.co_flags & _CO_ITERABLE_COROUTINE)
    return getattr(type(obj), '__await__', None) is not None


def _format_coroutine(coro):
    """'f() running at x.py:3' / 'f() done, defined at x.py:1', as in task reprs."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = f'<{type(coro).__name__} without __name__>'
    name = name + '()'
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None)
    if code is None:
        code = getattr(coro, 'gi_code', None)
    if code is None:
        return name
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
