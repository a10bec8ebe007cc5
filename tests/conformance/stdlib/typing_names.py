# typing names used in annotations: subscripting works, TYPE_CHECKING is False, reprs.
from typing import (Any, AsyncGenerator, AsyncIterator, Awaitable, Callable, Coroutine, Dict,
                    Generator, Generic, Iterator, List, Optional, Tuple, TypeVar, Union,
                    TYPE_CHECKING)
import typing

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


def gen() -> Generator[int, None, str]:
    yield 1
    return "done"


async def agen() -> AsyncGenerator[int, None]:
    yield 1


def f(x: Optional[int], y: Union[int, str], cb: Callable[[int], Awaitable[None]]) -> Dict[str, List[int]]:
    return {}


print(TYPE_CHECKING, repr(T), Box(3).item, Box[int](4).item)
print(repr(Any), repr(List[int]), repr(Dict[str, Tuple[int, ...]]))
print(list(gen()), f(None, 1, print))
print(isinstance([], List), isinstance(gen(), typing.Iterator), isinstance(gen(), Generator))
print(typing.cast(int, "x"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
x: Coroutine[Any, Any, int]
y: AsyncIterator[int] = agen()
print(type(y).__name__)
