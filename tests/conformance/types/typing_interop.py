# typing and the PEP 585/604 objects: typing.Union equals the matching X | Y, type variables
# show up in __parameters__ of list[T] and int | T.
import typing

T = typing.TypeVar('T')
K = typing.TypeVar('K')
print(typing.Union[int, str] == int | str, int | str == typing.Union[str, int])
print(typing.Union[int, None] == int | None, typing.Union[int, str] == int | bytes)
print(hash(typing.Union[int, str]) == hash(int | str))
print(list[T].__parameters__, dict[K, list[T]].__parameters__, dict[str, int].__parameters__)
print((int | T).__parameters__, (T | int).__args__, (list[T] | None).__parameters__)
print(list[T], dict[K, T])
print(list[T][int], dict[K, list[T]][str, bytes], dict[str, T][int], tuple[T, ...][int])
print(list[list[T]][int], dict[K, T][T, K], (list[T] | None).__args__)
for f in (lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, T][int]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
