# Names for the interpreter's built-in types, taken from live objects, plus SimpleNamespace,
# new_class/prepare_class, GenericAlias, UnionType and the
# types.coroutine decorator. CPython counterpart: Lib/types.py.
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
CellType = type((lambda x: (lambda: x))(0).__closure__[0]) if (lambda x: (lambda: x))(0).__closure__ else None


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys']) if 'fromkeys' in dict.__dict__ else None
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else None


class _Slotted:
    __slots__ = ('slot',)


# The type of a __slots__ entry on its class (CPython's is also that of builtin data members).
MemberDescriptorType = type(_Slotted.__dict__['slot'])
del _Slotted

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

del sys, _f, _g, _c, _ag, _C


_namespaces_in_repr = set()   # ids of the namespaces whose repr is being built


class SimpleNamespace:
    """A plain attribute bag whose repr lists its attributes."""

    def __init__(self, /, *args, **kwargs):
        if args:   # 3.11 takes keywords only (a mapping argument came in 3.13)
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _namespaces_in_repr:      # a namespace that contains itself
            return name + "(...)"
        _namespaces_in_repr.add(key)
        try:
            items = ["{}={!r}".format(k, v) for k, v in self.__dict__.items()]
        finally:
            _namespaces_in_repr.discard(key)
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        # The real types, not __class__ (a str subclass claiming to be a namespace is not one).
        if issubclass(type(self), SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


MappingProxyType = type(vars(object))   # what a class namespace is seen through


def _type_repr(a):
    """How list[...] and X | Y show an argument: classes by (module-qualified) name."""
    if a is ...:
        return '...'
    if a is type(None):
        return 'None'
    if isinstance(a, list):
        return '[' + ', '.join(_type_repr(x) for x in a) + ']'
    if isinstance(a, type) and not isinstance(a, GenericAlias):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _collect_parameters(args):
    """Type variables among args, in first-seen order (TypeVars carry __typing_subst__)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    """arg with the type variables of subst replaced (nested generics substituted in turn)."""
    if isinstance(arg, type):
        return arg
    if hasattr(arg, '__typing_subst__'):
        return arg.__typing_subst__(subst[arg]) if arg in subst else arg
    params = getattr(arg, '__parameters__', ())
    if params:
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class GenericAlias:
    """list[int] and friends: remembers origin and arguments, calls the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _collect_parameters(args))
        object.__setattr__(self, '__unpacked__', False)

    def __iter__(self):
        # *tuple[int, str] (PEP 646): iterating gives the one unpacked form of the alias.
        star = GenericAlias(self.__origin__, self.__args__)
        object.__setattr__(star, '__unpacked__', True)
        yield star

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        # dict[K, list[T]][str, int]: substitute the type variables, in __parameters__ order.
        return GenericAlias(self.__origin__, _bound_args(self, items))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return "{}{}[{}]".format('*' if self.__unpacked__ else '', _type_repr(self.__origin__), inner)


def _bound_args(alias, items):
    """alias.__args__ with its type variables replaced by items, in __parameters__ order."""
    params = alias.__parameters__
    if not params:
        raise TypeError("{!r} is not a generic class".format(alias))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError("Too {} arguments for {!r}; actual {}, expected {}".format(
            'many' if len(items) > len(params) else 'few', alias, len(items), len(params)))
    subst = dict(zip(params, items))
    return tuple(_substitute(a, subst) for a in alias.__args__)


class UnionType:
    """X | Y of classes (PEP 604): deduplicated arguments, equal regardless of order."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __getitem__(self, items):
        # (int | list[T])[str]: the members with T bound, joined again with | (so duplicates
        # that the binding makes fold away: (list[T] | list[S])[int, int] is list[int]).
        members = _bound_args(self, items)
        joined = members[0]
        for m in members[1:]:
            joined = joined | m
        return joined

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _type_or(a, b):
    """type.__or__/__ror__ (called from C++): a UnionType, a lone class, or NotImplemented."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            if p is None:
                p = type(None)
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, '__args__', tuple(args))
    return u


def resolve_bases(bases):
    out = []
    changed = False
    for b in bases:
        if not isinstance(b, type) and hasattr(b, '__mro_entries__'):
            out.extend(b.__mro_entries__(bases))
            changed = True
        else:
            out.append(b)
    return tuple(out) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for b in bases:
        bmeta = type(b)
        if issubclass(winner, bmeta):
            continue
        if issubclass(bmeta, winner):
            winner = bmeta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    pass


class _GeneratorWrapper:
    """What types.coroutine returns around a generator-like result that is not awaitable itself:
    it forwards the generator protocol and shows the gi_*/cr_* attributes of what it wraps."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType   # a real generator is its own awaitable iterator
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    gi_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = property(lambda self: self.__wrapped.gi_yieldfrom)
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Make a generator function usable with await (PEP 492's types.coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and code is not None and code.co_flags & 0x180:
        return func   # already a coroutine function (CO_COROUTINE or CO_ITERABLE_COROUTINE)
    if type(func) is FunctionType and code is not None and code.co_flags & _CO_GENERATOR:
        if code.co_flags & _CO_ITERABLE_COROUTINE:
            return func
        try:
            import pygen   # the interpreter's hook: marks the code CO_ITERABLE_COROUTINE
            hook = pygen._set_iterable_coroutine
        except (ImportError, AttributeError):
            hook = None
        if hook is not None:
            hook(func)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType or (
                type(result) is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return result   # already awaitable
        # A generator, or anything implementing collections.abc.Generator but not Coroutine, is
        # wrapped; anything else (a Coroutine implementation included) passes through.
        import collections.abc as _collections_abc
        if (isinstance(result, _collections_abc.Generator)
                and not isinstance(result, _collections_abc.Coroutine)):
            return _GeneratorWrapper(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
