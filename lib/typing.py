# Names from typing for annotations: every special form can be subscripted and most are no-ops
# at run time. TYPE_CHECKING is False. CPython counterpart: Lib/typing.py (a tiny subset).
import collections.abc as _abc
import types as _types

TYPE_CHECKING = False


class _Special:
    """A typing special form or alias: subscriptable, printable, usable with isinstance when
    it stands for a real class."""

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return _types._collect_parameters(self.__args__)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else (Generic,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__origin__ is None or self.__args__:
            raise TypeError("typing.%s cannot be used with isinstance()" % self._name)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if self._name == 'Union' and isinstance(other, _types.UnionType):
            return set(_union_args(self.__args__)) == set(other.__args__)
        return (isinstance(other, _Special) and self._name == other._name
                and self.__args__ == other.__args__)

    def __hash__(self):
        if self._name == 'Union':
            return hash(frozenset(_union_args(self.__args__)))  # as int | str hashes
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))


def _union_args(args):
    """Union[...] arguments as X | Y keeps them: None as NoneType, duplicates dropped."""
    out = []
    for a in args:
        a = type(None) if a is None else a
        if a not in out:
            out.append(a)
    return out


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
TypeAlias = _Special('TypeAlias')
Concatenate = _Special('Concatenate')
TypeGuard = _Special('TypeGuard')

List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
Callable = _Special('Callable', _abc.Callable)
Iterable = _Special('Iterable', _abc.Iterable)
Iterator = _Special('Iterator', _abc.Iterator)
Generator = _Special('Generator', _abc.Generator)
Awaitable = _Special('Awaitable', _abc.Awaitable)
Coroutine = _Special('Coroutine', _abc.Coroutine)
AsyncIterable = _Special('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Special('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Special('AsyncGenerator', _abc.AsyncGenerator)
Sequence = _Special('Sequence', _abc.Sequence)
MutableSequence = _Special('MutableSequence', _abc.MutableSequence)
Mapping = _Special('Mapping', _abc.Mapping)
MutableMapping = _Special('MutableMapping', _abc.MutableMapping)
Hashable = _Special('Hashable', _abc.Hashable)
Sized = _Special('Sized', _abc.Sized)
Container = _Special('Container', _abc.Container)
Collection = _Special('Collection', _abc.Collection)
AbstractSet = _Special('AbstractSet', _abc.Set)
MutableSet = _Special('MutableSet', _abc.MutableSet)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        # Marks a type variable for __parameters__ of list[T] and int | T; substitution is the argument.
        return arg

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base class for generic classes: Generic[T] and MyClass[int] are accepted and ignored."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        # Returns the class itself so that `class Box(Generic[T])` works without
        # __mro_entries__ support in class creation.
        return cls


class Protocol(Generic):
    __slots__ = ()


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields])


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict
