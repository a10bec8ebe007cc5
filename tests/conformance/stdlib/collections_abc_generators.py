# collections.abc checks for generators, coroutines and async generators via __subclasshook__,
# plus register() and abstract-method instantiation errors.
import collections.abc as cabc
from abc import ABC, abstractmethod


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


g, c, a = gen(), coro(), agen()
print(isinstance(g, cabc.Generator), isinstance(g, cabc.Iterator), isinstance(g, cabc.Coroutine))
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(c, cabc.Iterable))
print(isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator), isinstance(a, cabc.Iterator))
c.close()
print(isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), isinstance(len, cabc.Callable))
print(isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable), isinstance("s", cabc.Sized))


class Counter3:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(Counter3(), cabc.Iterator), issubclass(Counter3, cabc.Iterable))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print(e)
print(Square().area(), isinstance(Square(), Shape))


class Plain:
    pass


Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape))
