"""The collections ABCs. Membership of the built-in types comes from __subclasshook__ (which
methods a class has) and from register()."""

from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
           'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable',
           'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
           'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    def __subclasshook__(cls, C):
        return _check_methods(C, *methods)
    return classmethod(__subclasshook__)


class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__hash__')


class Awaitable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()
    __subclasshook__ = _hook('__await__')


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _hook('__await__', 'send', 'throw', 'close')


class AsyncIterable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()
    __subclasshook__ = _hook('__aiter__')


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _hook('__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _hook('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()
    __subclasshook__ = _hook('__iter__')


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook('__iter__', '__next__')


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _hook('__reversed__', '__iter__')


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _hook('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _hook('__len__')


class Container(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()
    __subclasshook__ = _hook('__contains__')


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _hook('__len__', '__iter__', '__contains__')


class Callable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()
    __subclasshook__ = _hook('__call__')


class Set(Collection):
    __slots__ = ()


class MutableSet(Set):
    __slots__ = ()


class Mapping(Collection):
    __slots__ = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return [k for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]


class MutableMapping(Mapping):
    __slots__ = ()


class MappingView(Sized):
    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()


class KeysView(MappingView, Set):
    __slots__ = ()


class ItemsView(MappingView, Set):
    __slots__ = ()


class ValuesView(MappingView, Collection):
    __slots__ = ()


class Sequence(Reversible, Collection):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()


class ByteString(Sequence):
    __slots__ = ()


for _t in (tuple, str, range, bytes):
    Sequence.register(_t)
MutableSequence.register(list)
MutableSequence.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
